using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>One key of an ordering.</summary>
/// <param name="Path">The key's GraphQL path (<c>program.name</c>), part of the ordering's fingerprint.</param>
/// <param name="Key">Root entity to key value; value types are lifted to nullable where a join can yield null.</param>
/// <param name="Descending">Whether the key sorts largest first.</param>
/// <param name="Nullable">Whether the key can be null; nulls are the smallest value.</param>
internal sealed record SortKey(string Path, LambdaExpression Key, bool Descending, bool Nullable);
