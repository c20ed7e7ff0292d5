using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Strategy;

/// <summary>How strongly a project serves a business driver or a strategic objective (exactly one of the two).</summary>
public sealed class ProjectAlignment : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public int? DriverId { get; set; }
    public BusinessDriver? Driver { get; set; }
    public int? ObjectiveId { get; set; }
    public StrategicObjective? Objective { get; set; }
    public AlignmentRating Rating { get; set; }
    public string? Rationale { get; set; }
}
