using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Changes;

/// <summary>A request to change scope, cost or schedule; once approved it moves the project's baseline.</summary>
public sealed class ChangeRequest : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public decimal CostImpact { get; set; }
    public int ScheduleImpactDays { get; set; }
    public ChangeRequestStatus Status { get; set; }
    public int? RequestedById { get; set; }
    public Person? RequestedBy { get; set; }
    public int? DecidedById { get; set; }
    public Person? DecidedBy { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionNote { get; set; }
}
