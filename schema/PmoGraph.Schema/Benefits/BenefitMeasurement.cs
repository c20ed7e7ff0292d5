using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Benefits;

/// <summary>Planned and realised value of a benefit in one month.</summary>
public sealed class BenefitMeasurement : VersionedEntity
{
    public int BenefitId { get; set; }
    public Benefit Benefit { get; set; } = null!;

    /// <summary>The first day of the month measured.</summary>
    public DateOnly Period { get; set; }
    public decimal Planned { get; set; }
    public decimal Actual { get; set; }
}
