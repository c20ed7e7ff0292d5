using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Graph;

/// <summary>The PmoGraph GraphQL schema.</summary>
public sealed class PmoSchema : GraphQL.Types.Schema
{
    public PmoSchema(IServiceProvider services, RootQuery query, RootMutation mutation)
        : base(new QueryTypeServiceProvider(services))
    {
        Description = "PmoGraph: the portfolio, programs and projects of a PMO, with their execution, governance, strategy and value.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateOnly), typeof(DateGraphType));
    }
}
