using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Scenarios;

internal sealed class ScenarioQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<PortfolioScenario, PortfolioScenarioType>("portfolioScenarios").Description("All portfolio selection scenarios.");
        query.ById<PortfolioScenario, PortfolioScenarioType>("portfolioScenario").Description("A portfolio scenario by id.");
        query.Connection<ScenarioProject, ScenarioProjectType>("scenarioProjects").Description("All candidate projects of all scenarios.");
        query.ById<ScenarioProject, ScenarioProjectType>("scenarioProject").Description("A scenario candidate by id.");
    }
}
