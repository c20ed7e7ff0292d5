namespace PmoGraph.Schema.Changes;

public sealed record SubmitChangeRequestInput
{
    public int ProjectId { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public decimal CostImpact { get; init; }
    public int ScheduleImpactDays { get; init; }
}
