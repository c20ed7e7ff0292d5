namespace PmoGraph.Schema.Querying;

/// <summary>How a field a graph type opted in takes part in filtering and sorting.</summary>
internal enum QueryFieldKind
{
    /// <summary>A column: filtered with an operation input, sorted with <c>SortEnumType</c>.</summary>
    Scalar,

    /// <summary>A many-to-one navigation: filtered and sorted through the target's inputs (a join).</summary>
    Reference,

    /// <summary>A one-to-many navigation: filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    List,
}
