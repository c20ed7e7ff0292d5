using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Milestones;

public sealed class Milestone : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Name { get; set; }
    public DateOnly PlannedDate { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public DateOnly? ForecastDate { get; set; }
    public DateOnly? ActualDate { get; set; }

    /// <summary>Share of the project's earned value this milestone credits (weights of a project sum to 1).</summary>
    public decimal? EarnedValueWeight { get; set; }

    /// <summary>Earned value credited as an amount, where the plan states one instead of a weight.</summary>
    public decimal? EarnedValueAmount { get; set; }

    /// <summary>Progress toward the milestone (0-100), used by the 50/50 and percent-complete methods.</summary>
    public decimal PercentComplete { get; set; }
}
