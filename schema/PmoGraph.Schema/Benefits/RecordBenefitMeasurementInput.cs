namespace PmoGraph.Schema.Benefits;

public sealed record RecordBenefitMeasurementInput
{
    public int BenefitId { get; init; }
    public DateOnly Period { get; init; }
    public decimal Planned { get; init; }
    public decimal Actual { get; init; }
    public long? Version { get; init; }
}
