using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Changes;

internal sealed class ChangeRequestQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<ChangeRequest, ChangeRequestType>("changeRequests").Description("All change requests of all projects.");
        query.ById<ChangeRequest, ChangeRequestType>("changeRequest").Description("A change request by id.");
    }
}
