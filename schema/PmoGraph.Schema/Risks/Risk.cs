using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Risks;

public sealed class Risk : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>Likelihood from 0 to 1.</summary>
    public decimal Probability { get; set; }

    /// <summary>Impact on a 1-5 scale.</summary>
    public int Impact { get; set; }

    /// <summary>Probability x impact, kept so lists sort and filter by it in SQL.</summary>
    public decimal Exposure { get; set; }

    /// <summary>Expected cost if the risk occurs, times its probability.</summary>
    public decimal CostExposure { get; set; }
    public int? OwnerId { get; set; }
    public Person? Owner { get; set; }
    public string? Mitigation { get; set; }
    public RiskStatus Status { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
}
