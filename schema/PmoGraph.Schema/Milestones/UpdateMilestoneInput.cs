using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Milestones;

public sealed record UpdateMilestoneInput : UpdateInput
{
    public string? Name { get; init; }
    public DateOnly? PlannedDate { get; init; }
    public DateOnly? BaselineDate { get; init; }
    public DateOnly? ForecastDate { get; init; }
    public decimal? EarnedValueWeight { get; init; }
    public decimal? EarnedValueAmount { get; init; }
    public decimal? PercentComplete { get; init; }
}
