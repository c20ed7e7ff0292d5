using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// What a graph type field contributes to its type's <c>FilterInput</c> and <c>SortInput</c>, kept in the field's
/// metadata under <see cref="MetadataKey"/>.
/// </summary>
/// <param name="Kind">Column, reference or list.</param>
/// <param name="Member">The entity member the field reads (<c>p =&gt; p.Name</c>, <c>p =&gt; p.Program</c>).</param>
/// <param name="GraphType">The enum graph type of an enum column, or the target node graph type of a navigation.</param>
internal sealed record QueryFieldOptIn(QueryFieldKind Kind, LambdaExpression Member, Type? GraphType)
{
    public const string MetadataKey = "PmoGraph.Querying.OptIn";

    /// <summary>Metadata key of the node graph type of a nested connection field.</summary>
    public const string NodeGraphKey = "PmoGraph.Querying.NodeGraph";

    public bool Filterable { get; init; }

    public bool Sortable { get; init; }
}
