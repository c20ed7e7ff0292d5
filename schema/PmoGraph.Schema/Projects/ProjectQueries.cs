using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Projects;

internal sealed class ProjectQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Project, ProjectType>("projects").Description("All projects.");
        query.ById<Project, ProjectType>("project").Description("A project by id.");
        query.Connection<ProjectDependency, ProjectDependencyType>("projectDependencies").Description("All dependencies between projects.");
        query.ById<ProjectDependency, ProjectDependencyType>("projectDependency").Description("A project dependency by id.");
    }
}
