namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>
/// The engine's documented order of sort key values: nulls are the smallest value (first ascending, last descending),
/// text compares by code point (ordinal, as SQLite's BINARY and PostgreSQL's C collation do), false before true.
/// </summary>
public sealed class StoreOrder : IComparer<object?>
{
    public static StoreOrder Instance { get; } = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string a, string b) => string.CompareOrdinal(a, b),
        (IComparable a, _) => a.CompareTo(y),
        _ => throw new ArgumentException($"{x.GetType().Name} values cannot be ordered."),
    };
}
