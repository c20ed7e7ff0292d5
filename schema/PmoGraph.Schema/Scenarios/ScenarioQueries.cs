using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;
using PmoGraph.Schema.Selection;

namespace PmoGraph.Schema.Scenarios;

internal sealed class ScenarioQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<PortfolioScenario, PortfolioScenarioType>("portfolioScenarios").Description("All portfolio selection scenarios.");
        query.ById<PortfolioScenario, PortfolioScenarioType>("portfolioScenario").Description("A portfolio scenario by id.");
        query.Connection<ScenarioProject, ScenarioProjectType>("scenarioProjects").Description("All candidate projects of all scenarios.");
        query.ById<ScenarioProject, ScenarioProjectType>("scenarioProject").Description("A scenario candidate by id.");
        query.Field<NonNullGraphType<ScenarioComparisonType>>("compareScenarios")
            .Description("Two to ten portfolio scenarios side by side: their totals, and each project's choice in each.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("ids", "The scenarios to compare, in the order to show them.")
            .ResolveAsync(async context => await CompareAsync(context, context.GetArgument<List<int>>("ids")).ConfigureAwait(false));
    }

    private static async Task<ScenarioComparison> CompareAsync(IResolveFieldContext context, List<int> ids)
    {
        if (ids.Count is < 2 or > 10 || ids.Distinct().Count() != ids.Count)
        {
            throw new ExecutionError("Compare between 2 and 10 distinct scenarios.") { Code = SelectionErrorCodes.InvalidSelection };
        }

        var db = context.RequestServices!.GetRequiredService<PmoDbContext>();
        var scenarios = await db.Set<PortfolioScenario>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(context.CancellationToken).ConfigureAwait(false);
        if (ids.Except(scenarios.Select(s => s.Id)).ToList() is [var missing, ..])
        {
            throw new ExecutionError($"No portfolio scenario with id {missing} exists.") { Code = SelectionErrorCodes.ScenarioNotFound };
        }

        var ordered = ids.Select(id => scenarios.Single(s => s.Id == id)).ToList();
        var lines = await db.Set<ScenarioProject>().AsNoTracking().Where(l => ids.Contains(l.ScenarioId)).Include(l => l.Project)
            .ToListAsync(context.CancellationToken).ConfigureAwait(false);
        var rows = lines.GroupBy(l => l.ProjectId).OrderBy(g => g.Key).Select(g =>
        {
            var latest = g.MaxBy(l => l.ScenarioId)!;
            var selected = ordered.Select(s => g.FirstOrDefault(l => l.ScenarioId == s.Id)?.IsSelected).ToList();
            return new ScenarioComparisonRow(latest.Project, selected, latest.StrategicValue, latest.Cost);
        }).ToList();
        return new ScenarioComparison(ordered, rows);
    }
}
