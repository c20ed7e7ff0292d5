using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Schema.Benefits;

/// <summary>A value a project is expected to deliver, in money, toward a strategic objective.</summary>
public sealed class Benefit : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public int? ObjectiveId { get; set; }
    public StrategicObjective? Objective { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public decimal PlannedValue { get; set; }
    public required string Currency { get; set; }
    public List<BenefitMeasurement> Measurements { get; set; } = [];
}
