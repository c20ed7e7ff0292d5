namespace PmoGraph.Schema.Querying;

/// <summary>A row of a page and its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);
