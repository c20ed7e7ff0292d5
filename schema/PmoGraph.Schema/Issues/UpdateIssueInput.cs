using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Issues;

public sealed record UpdateIssueInput : UpdateInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public IssuePriority? Priority { get; init; }
    public IssueStatus? Status { get; init; }
    public int? OwnerId { get; init; }
    public DateOnly? DueDate { get; init; }
}
