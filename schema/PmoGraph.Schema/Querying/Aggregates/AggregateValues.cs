namespace PmoGraph.Schema.Querying;

/// <summary>The aggregates of a set of rows: its count and, per field name, its sum, average, minimum and maximum.</summary>
public sealed record AggregateValues(
    int Count,
    IReadOnlyDictionary<string, object?> Sum,
    IReadOnlyDictionary<string, object?> Avg,
    IReadOnlyDictionary<string, object?> Min,
    IReadOnlyDictionary<string, object?> Max);
