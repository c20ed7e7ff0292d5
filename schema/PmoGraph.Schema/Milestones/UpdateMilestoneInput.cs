namespace PmoGraph.Schema.Milestones;

public sealed record UpdateMilestoneInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string Name { get; init; } = "";
    public DateOnly PlannedDate { get; init; }
    public DateOnly? BaselineDate { get; init; }
    public DateOnly? ForecastDate { get; init; }
    public decimal? EarnedValueWeight { get; init; }
    public decimal? EarnedValueAmount { get; init; }
    public decimal PercentComplete { get; init; }
}
