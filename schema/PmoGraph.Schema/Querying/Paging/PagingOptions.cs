namespace PmoGraph.Schema.Querying;

/// <summary>Page sizes of connection fields (configuration section <c>Paging</c>).</summary>
public sealed class PagingOptions
{
    /// <summary>Rows returned when the client gives neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The most rows one page may ask for; a larger request is an error, never silently clamped.</summary>
    public int MaxPageSize { get; set; } = 50;
}
