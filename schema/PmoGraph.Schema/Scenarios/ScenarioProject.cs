using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Scenarios;

/// <summary>A candidate project in a scenario and whether the scenario chose it.</summary>
public sealed class ScenarioProject : Entity
{
    public int ScenarioId { get; set; }
    public PortfolioScenario Scenario { get; set; } = null!;
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public bool IsSelected { get; set; }
    public decimal StrategicValue { get; set; }
    public decimal Cost { get; set; }
}
