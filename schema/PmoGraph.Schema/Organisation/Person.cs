using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Organisation;

public sealed class Person : VersionedEntity
{
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? JobTitle { get; set; }

    /// <summary>The JWT subject this person signs in as.</summary>
    public string? Subject { get; set; }

    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public List<Project> ManagedProjects { get; set; } = [];
    public List<Project> SponsoredProjects { get; set; } = [];
}
