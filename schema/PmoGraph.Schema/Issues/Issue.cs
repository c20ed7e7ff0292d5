using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Issues;

public sealed class Issue : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Title { get; set; }
    public string? Description { get; set; }
    public IssuePriority Priority { get; set; }
    public IssueStatus Status { get; set; }
    public int? OwnerId { get; set; }
    public Person? Owner { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public string? Resolution { get; set; }
}
