using GraphQL.Types;

namespace PmoGraph.Schema.Scenarios;

public sealed class ScenarioStatusType : EnumerationGraphType<ScenarioStatus>
{
    public ScenarioStatusType()
    {
        Name = "ScenarioStatus";
        Description = "A selection run's state: DRAFT (not solved), OPTIMAL (proven best), FEASIBLE (valid, not proven best), INFEASIBLE (no selection meets the constraints) or COMMITTED (adopted as the portfolio).";
    }
}
