namespace PmoGraph.Schema.Querying;

/// <summary>Whether pages exist after and before a collection segment.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
