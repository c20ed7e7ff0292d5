using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;

namespace PmoGraph.Schema.Programs;

internal sealed class ProgramMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateProgramInput, CreateProgramInputType, Program, ProgramType>("createProgram", "program", CreateAsync, typeof(InvalidTransitionErrorType))
            .Description("Creates a program in an active portfolio.");
        mutation.Update<UpdateProgramInput, UpdateProgramInputType, Program, ProgramType>("updateProgram", "program", UpdateAsync)
            .Description("Changes a program's name, description or manager.");
        mutation.Mutation<ArchiveInput, ArchiveInputType<Program>, Program, ProgramType>("archiveProgram", "program", ArchiveHandler.ArchiveAsync<Program>, typeof(ConcurrencyErrorType))
            .Description("Archives a program: it stays readable, with its projects, but is marked as no longer active.");
    }

    private static async Task<Program> CreateAsync(CreateProgramInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Code(input.Code, "code");
        scope.Input.Required(input.Name, "name", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        if (await scope.Db.Set<Program>().AnyAsync(p => p.Code == input.Code, ct))
        {
            scope.Input.Add("code", "unique", $"A program with code '{input.Code}' already exists.");
        }

        scope.Input.ThrowIfInvalid();
        var portfolio = await scope.FindAsync<Portfolio>(input.PortfolioId, "portfolioId", ct);
        if (portfolio.IsArchived)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Portfolio {portfolio.Code} is archived; a program cannot be added to it.", InvalidTransitionError.Archived, InvalidTransitionError.Active));
        }

        await scope.MustExistAsync<Person>(input.ManagerId, "managerId", ct);
        var program = new Program
        {
            PortfolioId = portfolio.Id,
            Code = input.Code,
            Name = input.Name.Trim(),
            Description = input.Description,
            ManagerId = input.ManagerId,
        };
        scope.Db.Add(program);
        return program;
    }

    private static async Task UpdateAsync(UpdateProgramInput input, Program program, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(program.Name, "name", 200);
        scope.Input.MaxLength(program.Description, "description", 4000);
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Person>(program.ManagerId, "managerId", ct);
        program.Name = program.Name.Trim();
    }
}
