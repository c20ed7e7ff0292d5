namespace PmoGraph.Schema.Querying;

/// <summary>
/// A row of a page read together with its sort key values, which its cursor encodes, and, when projected, the
/// values of its selected navigations (<see cref="Related"/>, in the order of the projection's slots).
/// </summary>
internal sealed record KeyedRow<TEntity>(TEntity Entity, object?[] Keys)
{
    public KeyedRow(TEntity entity, object?[] keys, object?[] related)
        : this(entity, keys) => Related = related;

    public object?[] Related { get; } = [];
}
