using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Governance;

/// <summary>The organisation's rule that a project in a stage must have an artefact.</summary>
public sealed class Standard : VersionedEntity
{
    public required string Name { get; set; }
    public LifecycleStage Stage { get; set; }
    public ArtefactType Artefact { get; set; }
    public string? Description { get; set; }
    public bool IsMandatory { get; set; } = true;
}
