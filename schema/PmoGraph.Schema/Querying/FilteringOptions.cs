namespace PmoGraph.Schema.Querying;

/// <summary>Limits on <c>where</c> arguments (configuration section <c>Filtering</c>).</summary>
public sealed class FilteringOptions
{
    /// <summary>The most values an <c>in</c> or <c>nin</c> list may hold; a longer list is an error before any SQL runs.</summary>
    public int MaxInListLength { get; set; } = 500;
}
