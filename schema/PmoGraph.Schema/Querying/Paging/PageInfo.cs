namespace PmoGraph.Schema.Querying;

/// <summary>Where a page sits in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
