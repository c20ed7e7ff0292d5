namespace PmoGraph.Schema.Changes;

public sealed record DecideChangeRequestInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string? Note { get; init; }
}
