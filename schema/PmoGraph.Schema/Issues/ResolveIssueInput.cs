namespace PmoGraph.Schema.Issues;

public sealed record ResolveIssueInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string Resolution { get; init; } = "";
    public DateOnly? ResolvedOn { get; init; }
}
