namespace PmoGraph.Schema.Querying;

// A group key as EF Core translates one: a type with settable members, one per column grouped by. One arity per
// number of columns, so the GROUP BY lists only the keys asked for (a nested aggregate adds its parent's key).

/// <summary>A group key of one column.</summary>
internal sealed class AggregateKey<T1>
{
    public T1 K1 { get; init; } = default!;
}

/// <summary>A group key of two columns.</summary>
internal sealed class AggregateKey<T1, T2>
{
    public T1 K1 { get; init; } = default!;

    public T2 K2 { get; init; } = default!;
}

/// <summary>A group key of three columns.</summary>
internal sealed class AggregateKey<T1, T2, T3>
{
    public T1 K1 { get; init; } = default!;

    public T2 K2 { get; init; } = default!;

    public T3 K3 { get; init; } = default!;
}

/// <summary>A group key of four columns.</summary>
internal sealed class AggregateKey<T1, T2, T3, T4>
{
    public T1 K1 { get; init; } = default!;

    public T2 K2 { get; init; } = default!;

    public T3 K3 { get; init; } = default!;

    public T4 K4 { get; init; } = default!;
}

/// <summary>A group key of five columns: a nested aggregate's parent key and four groupBy keys.</summary>
internal sealed class AggregateKey<T1, T2, T3, T4, T5>
{
    public T1 K1 { get; init; } = default!;

    public T2 K2 { get; init; } = default!;

    public T3 K3 { get; init; } = default!;

    public T4 K4 { get; init; } = default!;

    public T5 K5 { get; init; } = default!;
}
