namespace PmoGraph.Schema.Milestones;

public sealed record AddMilestoneInput
{
    public int ProjectId { get; init; }
    public string Name { get; init; } = "";
    public DateOnly PlannedDate { get; init; }
    public DateOnly? BaselineDate { get; init; }
    public decimal? EarnedValueWeight { get; init; }
    public decimal? EarnedValueAmount { get; init; }
}
