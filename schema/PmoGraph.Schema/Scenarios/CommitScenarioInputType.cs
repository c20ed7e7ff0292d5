using GraphQL.Types;

namespace PmoGraph.Schema.Scenarios;

public sealed class CommitScenarioInputType : InputObjectGraphType<CommitScenarioInput>
{
    public CommitScenarioInputType()
    {
        Name = "CommitScenarioInput";
        Description = "Adopts a solved scenario as the portfolio.";
        Field(i => i.Id).Description("The scenario to commit.");
        Field(i => i.Version).Description("The version read; the commit fails with a ConcurrencyError if the scenario changed since.");
    }
}
