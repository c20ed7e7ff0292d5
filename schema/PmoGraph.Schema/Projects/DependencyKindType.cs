using GraphQL.Types;

namespace PmoGraph.Schema.Projects;

public sealed class DependencyKindType : EnumerationGraphType<DependencyKind>
{
    public DependencyKindType()
    {
        Name = "DependencyKind";
        Description = "REQUIRES: the project needs the other one undertaken; EXCLUDES: the two cannot both be undertaken.";
    }
}
