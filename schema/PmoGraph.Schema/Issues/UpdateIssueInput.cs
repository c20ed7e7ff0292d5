namespace PmoGraph.Schema.Issues;

public sealed record UpdateIssueInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public IssuePriority Priority { get; init; }
    public IssueStatus Status { get; init; }
    public int? OwnerId { get; init; }
    public DateOnly? DueDate { get; init; }
}
