namespace PmoGraph.Schema.Querying;

/// <summary>
/// A group key of up to four columns, as EF Core translates a grouping key: a type with settable members. Unused
/// members repeat the first key, which groups the same rows.
/// </summary>
internal sealed class AggregateKey<T1, T2, T3, T4>
{
    public T1 K1 { get; init; } = default!;

    public T2 K2 { get; init; } = default!;

    public T3 K3 { get; init; } = default!;

    public T4 K4 { get; init; } = default!;
}
