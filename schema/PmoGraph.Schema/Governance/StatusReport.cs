using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Governance;

/// <summary>A project's monthly status report.</summary>
public sealed class StatusReport : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;

    /// <summary>The first day of the month reported on.</summary>
    public DateOnly Period { get; set; }
    public Rag Overall { get; set; }
    public Rag Scope { get; set; }
    public Rag Schedule { get; set; }
    public Rag Cost { get; set; }
    public Rag Risk { get; set; }
    public string? Narrative { get; set; }
    public ReportState State { get; set; }
    public int? AuthorId { get; set; }
    public Person? Author { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ApprovedAt { get; set; }
}
