using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Resources;

internal sealed class ResourceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Resource, ResourceType>("resources").Description("All resources, named and generic.");
        query.ById<Resource, ResourceType>("resource").Description("A resource by id.");
        query.Connection<Allocation, AllocationType>("allocations").Description("All monthly resource allocations.");
        query.ById<Allocation, AllocationType>("allocation").Description("An allocation by id.");
    }
}
