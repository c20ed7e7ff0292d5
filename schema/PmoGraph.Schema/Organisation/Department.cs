using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Resources;

namespace PmoGraph.Schema.Organisation;

public sealed class Department : VersionedEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Department? Parent { get; set; }
    public List<Department> Children { get; set; } = [];
    public List<Person> People { get; set; } = [];
    public List<Project> Projects { get; set; } = [];
    public List<Resource> Resources { get; set; } = [];
}
