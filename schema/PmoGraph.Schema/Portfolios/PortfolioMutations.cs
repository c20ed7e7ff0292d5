using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;

namespace PmoGraph.Schema.Portfolios;

internal sealed class PortfolioMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreatePortfolioInput, CreatePortfolioInputType, Portfolio, PortfolioType>("createPortfolio", "portfolio", CreateAsync)
            .Description("Creates a portfolio.");
        mutation.Update<UpdatePortfolioInput, UpdatePortfolioInputType, Portfolio, PortfolioType>("updatePortfolio", "portfolio", UpdateAsync)
            .Description("Changes a portfolio's name, description or owner.");
        mutation.Mutation<ArchiveInput, ArchiveInputType<Portfolio>, Portfolio, PortfolioType>("archivePortfolio", "portfolio", ArchiveHandler.ArchiveAsync<Portfolio>, typeof(ConcurrencyErrorType))
            .Description("Archives a portfolio: it stays readable, with its programs, but is marked as no longer active.");
    }

    private static async Task<Portfolio> CreateAsync(CreatePortfolioInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Code(input.Code, "code");
        scope.Input.Required(input.Name, "name", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        if (await scope.Db.Set<Portfolio>().AnyAsync(p => p.Code == input.Code, ct))
        {
            scope.Input.Add("code", "unique", $"A portfolio with code '{input.Code}' already exists.");
        }

        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Person>(input.OwnerId, "ownerId", ct);
        var portfolio = new Portfolio { Code = input.Code, Name = input.Name.Trim(), Description = input.Description, OwnerId = input.OwnerId };
        scope.Db.Add(portfolio);
        return portfolio;
    }

    private static async Task UpdateAsync(UpdatePortfolioInput input, Portfolio portfolio, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(portfolio.Name, "name", 200);
        scope.Input.MaxLength(portfolio.Description, "description", 4000);
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Person>(portfolio.OwnerId, "ownerId", ct);
        portfolio.Name = portfolio.Name.Trim();
    }
}
