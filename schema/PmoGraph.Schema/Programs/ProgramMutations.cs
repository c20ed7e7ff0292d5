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
        mutation.Mutation<UpdateProgramInput, UpdateProgramInputType, Program, ProgramType>("updateProgram", "program", UpdateAsync, typeof(ConcurrencyErrorType))
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
                $"Portfolio {portfolio.Code} is archived; a program cannot be added to it.", "Archived", "Active"));
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

    private static async Task<Program> UpdateAsync(UpdateProgramInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Name, "name", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        scope.Input.ThrowIfInvalid();
        var program = await scope.FindAsync<Program>(input.Id, "id", ct);
        scope.ExpectVersion(program, input.Version);
        await scope.MustExistAsync<Person>(input.ManagerId, "managerId", ct);
        program.Name = input.Name.Trim();
        program.Description = input.Description;
        program.ManagerId = input.ManagerId;
        return program;
    }
}
