using GraphQL.Types;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Graph;

/// <summary>The PmoGraph GraphQL schema.</summary>
public sealed class PmoSchema : GraphQL.Types.Schema
{
    public PmoSchema(IServiceProvider services, RootQuery query, RootMutation mutation)
        : base(new QueryTypeServiceProvider(services))
    {
        // The spec's introspection fields that tools ask for (graphql-js getIntrospectionQuery's directiveIsRepeatable
        // and inputValueDeprecation options): __Directive.isRepeatable, and includeDeprecated/isDeprecated on input values.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Description = "PmoGraph: the portfolio, programs and projects of a PMO, with their execution, governance, strategy and value.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateOnly), typeof(DateGraphType));
    }

    /// <inheritdoc/>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        IntrospectionFields.Extend(graphType);
        base.OnBeforeInitializeType(graphType);
    }
}
