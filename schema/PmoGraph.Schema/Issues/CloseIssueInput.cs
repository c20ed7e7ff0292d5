namespace PmoGraph.Schema.Issues;

public sealed record CloseIssueInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string? Resolution { get; init; }
}
