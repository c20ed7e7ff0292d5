using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Scenarios;

public sealed class ScenarioComparisonRowType : ObjectGraphType<ScenarioComparisonRow>
{
    public ScenarioComparisonRowType()
    {
        Name = "ScenarioComparisonRow";
        Description = "One project across the compared scenarios.";
        Field<NonNullGraphType<ProjectType>>("project").Description("The project.").Resolve(c => c.Source.Project);
        Field<NonNullGraphType<ListGraphType<BooleanGraphType>>>("selected")
            .Description("Per scenario, in the order asked: true if chosen, false if a candidate not chosen, null if not a candidate.")
            .Resolve(c => c.Source.Selected);
        Field(r => r.StrategicValue).Description("The project's strategic value in the latest of the scenarios it was a candidate in.");
        Field(r => r.Cost).Description("The project's cost in the latest of the scenarios it was a candidate in.").Sensitive(SensitiveData.Financial);
        Field(r => r.Differs).Description("Whether the scenarios disagree about the project.");
    }
}
