using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Scenarios;

/// <summary>One project across the compared scenarios: chosen (true), not chosen (false) or not a candidate (null) in each.</summary>
public sealed record ScenarioComparisonRow(Project Project, IReadOnlyList<bool?> Selected, decimal StrategicValue, decimal Cost)
{
    /// <summary>Whether the scenarios disagree about the project.</summary>
    public bool Differs => Selected.Distinct().Count() > 1;
}
