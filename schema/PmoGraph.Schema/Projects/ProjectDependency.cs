using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Projects;

public sealed class ProjectDependency : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public int OtherProjectId { get; set; }
    public Project OtherProject { get; set; } = null!;
    public DependencyKind Kind { get; set; }
    public string? Note { get; set; }
}
