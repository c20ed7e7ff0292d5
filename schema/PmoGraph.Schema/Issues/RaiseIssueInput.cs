namespace PmoGraph.Schema.Issues;

public sealed record RaiseIssueInput
{
    public int ProjectId { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public IssuePriority Priority { get; init; }
    public int? OwnerId { get; init; }
    public DateOnly? RaisedOn { get; init; }
    public DateOnly? DueDate { get; init; }
}
