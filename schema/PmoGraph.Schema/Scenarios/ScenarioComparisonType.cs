using GraphQL.Types;

namespace PmoGraph.Schema.Scenarios;

public sealed class ScenarioComparisonType : ObjectGraphType<ScenarioComparison>
{
    public ScenarioComparisonType()
    {
        Name = "ScenarioComparison";
        Description = "Portfolio scenarios side by side.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PortfolioScenarioType>>>>("scenarios").Description("The scenarios, in the order asked, with their totals and status.").Resolve(c => c.Source.Scenarios);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScenarioComparisonRowType>>>>("projects").Description("Every project that was a candidate in any of them, by id.").Resolve(c => c.Source.Projects);
    }
}
