namespace PmoGraph.Schema.Querying;

/// <summary>The result of an aggregate field: the aggregates over all matching rows, and per group.</summary>
/// <param name="Totals">Over every matching row; empty when none of its fields was selected.</param>
/// <param name="Groups">One per distinct group key, ordered by the keys; empty when <c>groups</c> was not selected.</param>
public sealed record AggregateResult(AggregateValues Totals, IReadOnlyList<AggregateGroup> Groups);
