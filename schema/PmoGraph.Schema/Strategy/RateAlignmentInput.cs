namespace PmoGraph.Schema.Strategy;

public sealed record RateAlignmentInput
{
    public int ProjectId { get; init; }
    public int? DriverId { get; init; }
    public int? ObjectiveId { get; init; }
    public AlignmentRating Rating { get; init; }
    public string? Rationale { get; init; }
    public long? Version { get; init; }
}
