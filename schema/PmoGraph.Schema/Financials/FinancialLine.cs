using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Financials;

/// <summary>One project's money for one month and cost type, in the project's currency.</summary>
public sealed class FinancialLine : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;

    /// <summary>The first day of the month the line is for.</summary>
    public DateOnly Month { get; set; }
    public CostType CostType { get; set; }
    public decimal Budget { get; set; }
    public decimal Forecast { get; set; }
    public decimal Actual { get; set; }
}
