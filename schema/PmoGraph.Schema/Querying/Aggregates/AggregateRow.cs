namespace PmoGraph.Schema.Querying;

/// <summary>What the aggregate statement reads for one group: its count, its aggregates and its key values, in plan order.</summary>
internal sealed class AggregateRow
{
    public int Count { get; init; }

    public object?[] Values { get; init; } = [];

    public object?[] Keys { get; init; } = [];
}
