using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Resources;

/// <summary>Hours of one resource booked on one project in one month.</summary>
public sealed class Allocation : VersionedEntity
{
    public int ResourceId { get; set; }
    public Resource Resource { get; set; } = null!;
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public decimal Hours { get; set; }
}
