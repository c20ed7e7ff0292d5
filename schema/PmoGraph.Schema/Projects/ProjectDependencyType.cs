using GraphQL.Types;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Projects;

public sealed class ProjectDependencyType : ObjectGraphType<ProjectDependency>
{
    public ProjectDependencyType()
    {
        Name = "ProjectDependency";
        Description = "A constraint between two projects that portfolio selection must respect: one requires or excludes the other.";
        Field(d => d.Id).Description("The dependency's id.");
        Field(d => d.Kind, type: typeof(NonNullGraphType<DependencyKindType>)).Description("Whether the project requires the other one or excludes it.");
        Field(d => d.Note, nullable: true).Description("Why the dependency exists.");
        Field(d => d.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<ProjectDependency, Project, ProjectType>("project", d => d.ProjectId).Description("The project that requires or excludes the other.");
        this.Reference<ProjectDependency, Project, ProjectType>("otherProject", d => d.OtherProjectId).Description("The project required or excluded.");
    }
}
