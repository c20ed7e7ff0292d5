namespace PmoGraph.Schema.Querying;

/// <summary>One group of an aggregate: the values of its key fields (nested by reference) and its aggregates.</summary>
public sealed record AggregateGroup(IReadOnlyDictionary<string, object?> Key, AggregateValues Values);
