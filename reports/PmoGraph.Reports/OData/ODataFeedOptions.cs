namespace PmoGraph.Reports.OData;

/// <summary>The OData feed's settings (configuration section <c>OData</c>).</summary>
public sealed class ODataFeedOptions
{
    /// <summary>Rows per page before the server sends <c>@odata.nextLink</c> (<c>OData:PageSize</c>, default 5000).</summary>
    public int PageSize { get; set; } = 5000;
}
