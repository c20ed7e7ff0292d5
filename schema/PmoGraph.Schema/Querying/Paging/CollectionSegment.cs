namespace PmoGraph.Schema.Querying;

/// <summary>One page of an offset-paged field; <see cref="TotalCount"/> runs its own COUNT only when selected.</summary>
public sealed record CollectionSegment<T>(
    IReadOnlyList<T> Items,
    bool HasNextPage,
    bool HasPreviousPage,
    Func<CancellationToken, Task<int>> TotalCount);
