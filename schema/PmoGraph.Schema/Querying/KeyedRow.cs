namespace PmoGraph.Schema.Querying;

/// <summary>A row of a page read together with its sort key values, which its cursor encodes.</summary>
internal sealed record KeyedRow<TEntity>(TEntity Entity, object?[] Keys);
