using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Governance;

/// <summary>An artefact a project has produced (the document itself lives elsewhere, at <see cref="Url"/>).</summary>
public sealed class Document : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public ArtefactType Artefact { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    public int? AuthorId { get; set; }
    public Person? Author { get; set; }
    public DateOnly AttachedOn { get; set; }
}
