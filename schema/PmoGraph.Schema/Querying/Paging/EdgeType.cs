using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>An edge of a connection (<c>ProjectsEdge</c>): a node and the cursor that points at it.</summary>
public sealed class EdgeType<TNode, TNodeGraph> : ObjectGraphType<Edge<TNode>>
    where TNodeGraph : IGraphType
{
    public EdgeType(string name, string nodeDescription)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<TNodeGraph>, TNode>("node").Description(nodeDescription).Resolve(context => context.Source.Node);
    }
}
