using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Issues;

internal sealed class IssueQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Issue, IssueType>("issues").Description("All issues of all projects.");
        query.ById<Issue, IssueType>("issue").Description("An issue by id.");
    }
}
