namespace PmoGraph.Schema.Querying;

/// <summary>One page of a connection field; <see cref="TotalCount"/> runs its own COUNT only when selected.</summary>
public sealed record Connection<T>(
    IReadOnlyList<T> Nodes,
    Func<T, string> CursorOf,
    bool HasNextPage,
    bool HasPreviousPage,
    Func<CancellationToken, Task<int>> TotalCount);
