using GraphQL.Types;
using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// A read operation compiled once per document and operation: for each root field, what it selects, down to the
/// columns, so a request only binds its arguments, runs one statement per root field and writes the answer.
/// </summary>
internal sealed record ReadPlan(IReadOnlyList<RootMember> Roots);

/// <summary>One response key of the operation's root.</summary>
internal abstract record RootMember(string Key);

/// <summary><c>__typename</c> at the root.</summary>
internal sealed record RootTypename(string Key, string TypeName) : RootMember(Key);

/// <summary>A root connection field (<c>projects(first, where, order)</c>).</summary>
internal sealed record RootConnection(string Key, GraphQLField Field, FieldType Definition, ConnectionPlan Connection) : RootMember(Key);

/// <summary>A root lookup by id (<c>project(id)</c>); null when the caller may not read that row or it does not exist.</summary>
internal sealed record RootById(string Key, GraphQLField Field, FieldType Definition, NodePlan Node) : RootMember(Key);

/// <summary>The selection on one node type: the entity's columns it reads and its members in response order.</summary>
internal sealed record NodePlan(Type Entity, IReadOnlyList<NodeMember> Members);

/// <summary>One response key of a node.</summary>
internal abstract record NodeMember(string Key);

/// <summary><c>__typename</c> of a node.</summary>
internal sealed record NodeTypename(string Key, string TypeName) : NodeMember(Key);

/// <summary>A mapped column read as is, shown through its scalar or enum type.</summary>
internal sealed record NodeColumn(string Key, string Property, ScalarGraphType GraphType, bool NonNull) : NodeMember(Key);

/// <summary>A many-to-one navigation (<c>project { program }</c>).</summary>
internal sealed record NodeReference(string Key, string ForeignKey, NodePlan Target, bool NonNull) : NodeMember(Key);

/// <summary>A one-to-many navigation read as a connection (<c>project { risks(first: 5) }</c>).</summary>
internal sealed record NodeChildren(string Key, GraphQLField Field, FieldType Definition, string ForeignKey, ConnectionPlan Connection) : NodeMember(Key);

/// <summary>The selection on a connection type, and what its rows must carry.</summary>
internal sealed record ConnectionPlan(Type NodeGraph, IReadOnlyList<ConnectionMember> Members)
{
    /// <summary>The node selections the rows are read for (<c>nodes</c> and <c>edges { node }</c>, in order).</summary>
    public IReadOnlyList<NodePlan> Nodes { get; } = [.. Members.SelectMany(NodesOf)];

    public bool SelectsCursors { get; } = Members.Any(m => m is ConnectionEdges { Members: var e } && e.Any(x => x is EdgeCursor)
        || m is ConnectionPageInfo { Members: var p } && p.Any(x => x.Field is PageInfoField.StartCursor or PageInfoField.EndCursor));

    public bool SelectsTotal { get; } = Members.Any(m => m is ConnectionTotal);

    /// <summary>Whether <paramref name="field"/> of <c>pageInfo</c> is selected.</summary>
    public bool SelectsPageInfo(PageInfoField field) => Members.Any(m => m is ConnectionPageInfo p && p.Members.Any(x => x.Field == field));

    private static IEnumerable<NodePlan> NodesOf(ConnectionMember member) => member switch
    {
        ConnectionNodes nodes => [nodes.Node],
        ConnectionEdges edges => edges.Members.OfType<EdgeNode>().Select(e => e.Node),
        _ => [],
    };
}

/// <summary>One response key of a connection.</summary>
internal abstract record ConnectionMember(string Key);

internal sealed record ConnectionTypename(string Key, string TypeName) : ConnectionMember(Key);

internal sealed record ConnectionTotal(string Key) : ConnectionMember(Key);

internal sealed record ConnectionNodes(string Key, NodePlan Node) : ConnectionMember(Key);

internal sealed record ConnectionEdges(string Key, IReadOnlyList<EdgeMember> Members) : ConnectionMember(Key);

internal sealed record ConnectionPageInfo(string Key, IReadOnlyList<PageInfoMember> Members) : ConnectionMember(Key);

internal abstract record EdgeMember(string Key);

internal sealed record EdgeTypename(string Key, string TypeName) : EdgeMember(Key);

internal sealed record EdgeCursor(string Key) : EdgeMember(Key);

internal sealed record EdgeNode(string Key, NodePlan Node) : EdgeMember(Key);

internal sealed record PageInfoMember(string Key, PageInfoField Field, string TypeName);

internal enum PageInfoField
{
    Typename,
    HasNextPage,
    HasPreviousPage,
    StartCursor,
    EndCursor,
}

/// <summary>A root aggregate field (<c>projectsAggregate(where, groupBy)</c>).</summary>
internal sealed record RootAggregate(string Key, GraphQLField Field, FieldType Definition, AggregateShape Aggregate) : RootMember(Key);

/// <summary>The aggregate of a node's children (<c>program { projectsAggregate(groupBy) }</c>), a correlated subquery.</summary>
internal sealed record NodeAggregate(string Key, GraphQLField Field, FieldType Definition, string ForeignKey, AggregateShape Aggregate) : NodeMember(Key);

/// <summary>
/// The selection on an aggregate type: what the statement computes (<see cref="AggregateSelection"/>, as the
/// executor's resolver reads it) and the response keys in order.
/// </summary>
internal sealed record AggregateShape(Type NodeGraph, AggregateSelection Selection, IReadOnlyList<AggregateMember> Members);

/// <summary>One response key of an aggregate or of one of its groups.</summary>
internal abstract record AggregateMember(string Key);

internal sealed record AggregateTypenameMember(string Key, string TypeName) : AggregateMember(Key);

internal sealed record AggregateCountMember(string Key) : AggregateMember(Key);

/// <summary><c>sum</c>, <c>avg</c>, <c>min</c> or <c>max</c>, and the fields selected under it.</summary>
internal sealed record AggregateFunctionMember(string Key, string Operation, string TypeName, IReadOnlyList<AggregateValueMember> Members) : AggregateMember(Key);

/// <summary><c>groups</c>, with the members selected on each group.</summary>
internal sealed record AggregateGroupsMember(string Key, IReadOnlyList<AggregateMember> Members) : AggregateMember(Key);

/// <summary>A group's <c>key</c>.</summary>
internal sealed record AggregateKeyMember(string Key, GroupKeyShape Shape) : AggregateMember(Key);

/// <summary>One field of an aggregate function (<paramref name="Field"/> null: <c>__typename</c>).</summary>
internal sealed record AggregateValueMember(string Key, string? Field, string TypeName, ScalarGraphType? GraphType);

/// <summary>The selection on a group key type, shaped like the <c>groupBy</c> input.</summary>
internal sealed record GroupKeyShape(string TypeName, IReadOnlyList<GroupKeyMember> Members);

/// <summary>
/// One field of a group key: <c>__typename</c> (<paramref name="Field"/> null), a value (<paramref name="GraphType"/>)
/// or a reference's key fields (<paramref name="Reference"/>).
/// </summary>
internal sealed record GroupKeyMember(string Key, string? Field, ScalarGraphType? GraphType, GroupKeyShape? Reference);
