using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Strategy;

/// <summary>A node of the strategy tree: goal, objective under it, key result under that.</summary>
public sealed class StrategicObjective : VersionedEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public ObjectiveLevel Level { get; set; }
    public int? ParentId { get; set; }
    public StrategicObjective? Parent { get; set; }
    public List<StrategicObjective> Children { get; set; } = [];

    /// <summary>What a key result measures, and where it started, aims and stands.</summary>
    public string? Metric { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public decimal? Current { get; set; }

    public List<ProjectAlignment> Alignments { get; set; } = [];
    public List<Benefit> Benefits { get; set; } = [];
}
