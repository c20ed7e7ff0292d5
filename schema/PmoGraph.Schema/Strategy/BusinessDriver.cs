using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Strategy;

/// <summary>A criterion the EPMO weighs projects by (Project Server's "business driver").</summary>
public sealed class BusinessDriver : VersionedEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
    public List<ProjectAlignment> Alignments { get; set; } = [];
    public List<DriverComparison> ComparisonsAsFirst { get; set; } = [];
    public List<DriverComparison> ComparisonsAsSecond { get; set; } = [];
}
