using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>A connection named after its field (<c>projects</c> gives <c>ProjectsConnection</c> and <c>ProjectsEdge</c>).</summary>
public sealed class ConnectionType<TNode, TNodeGraph> : ObjectGraphType<Connection<TNode>>
    where TNodeGraph : IGraphType
{
    public ConnectionType(string baseName)
    {
        Name = baseName + "Connection";
        Description = "A connection to a list of items.";
        var edge = new EdgeType<TNode, TNodeGraph>(baseName + "Edge", "The item at the end of the edge.");
        Field("edges", new ListGraphType(new NonNullGraphType(edge)))
            .Description("A list of edges.")
            .Resolve(context => context.Source.Nodes.Select(n => new Edge<TNode>(context.Source.CursorOf(n), n)).ToList());
        Field<ListGraphType<NonNullGraphType<TNodeGraph>>, IReadOnlyList<TNode>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>, PageInfo>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(context => new PageInfo(
                context.Source.HasNextPage,
                context.Source.HasPreviousPage,
                context.Source.Nodes.Count > 0 ? context.Source.CursorOf(context.Source.Nodes[0]) : null,
                context.Source.Nodes.Count > 0 ? context.Source.CursorOf(context.Source.Nodes[^1]) : null));
        Field<NonNullGraphType<IntGraphType>, int>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .ResolveAsync(context => context.Source.TotalCount(context.CancellationToken));
    }
}
