using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Scenarios;

public sealed class ScenarioProjectType : ObjectGraphType<ScenarioProject>
{
    public ScenarioProjectType()
    {
        Name = "ScenarioProject";
        Description = "A candidate project in a portfolio scenario and whether the scenario chose it.";
        Field(p => p.Id).Description("The candidate's id.");
        Field(p => p.IsSelected).Description("Whether the scenario selected the project.");
        Field(p => p.StrategicValue).Description("The project's strategic value in the run: the sum over drivers of weight x rating score.");
        Field(p => p.Cost).Description("The project's cost counted against the scenario's budget.").Sensitive(SensitiveData.Financial);
        this.Reference<ScenarioProject, PortfolioScenario, PortfolioScenarioType>("scenario", p => p.ScenarioId).Description("The scenario.");
        this.Reference<ScenarioProject, Project, ProjectType>("project", p => p.ProjectId).Description("The candidate project.");
    }
}
