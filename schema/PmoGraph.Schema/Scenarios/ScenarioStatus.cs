namespace PmoGraph.Schema.Scenarios;

public enum ScenarioStatus
{
    Draft,
    Optimal,
    Feasible,
    Infeasible,
    Committed,
}
