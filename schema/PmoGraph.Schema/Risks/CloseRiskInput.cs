namespace PmoGraph.Schema.Risks;

public sealed record CloseRiskInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public DateOnly? ClosedOn { get; init; }
}
