using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Strategy;

/// <summary>A criterion the EPMO weighs projects by (Project Server's "business driver").</summary>
public sealed class BusinessDriver : VersionedEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>
    /// The AHP weight from the last applied (consistent) weighing; null until the drivers are weighed, and for an
    /// inactive driver. The active drivers' weights sum to 1 (to rounding).
    /// </summary>
    public decimal? Weight { get; set; }

    /// <summary>The weighing <see cref="Weight"/> comes from; null until the drivers are weighed.</summary>
    public int? WeightRevisionId { get; set; }
    public DriverWeightRevision? WeightRevision { get; set; }
    public List<ProjectAlignment> Alignments { get; set; } = [];
    public List<DriverComparison> ComparisonsAsFirst { get; set; } = [];
    public List<DriverComparison> ComparisonsAsSecond { get; set; } = [];
}
