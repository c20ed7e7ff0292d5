namespace PmoGraph.Schema.Querying;

/// <summary>The <c>extensions.code</c> values the query engine reports.</summary>
public static class QueryErrorCodes
{
    /// <summary>A page larger than the configured maximum was asked for.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>Paging arguments that cannot be combined or are negative.</summary>
    public const string InvalidPaging = "INVALID_PAGING_ARGUMENTS";

    /// <summary>A cursor this server did not issue, or issued for another ordering.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A <c>where</c> argument the schema accepts but the engine cannot apply (<c>gt: null</c>, ...).</summary>
    public const string InvalidFilter = "INVALID_FILTER";

    /// <summary>An <c>order</c> argument the engine cannot apply (a key that is neither ASC nor DESC, ...).</summary>
    public const string InvalidSort = "INVALID_SORT";

    /// <summary>A filter or ordering the engine cannot express or the store cannot translate to SQL.</summary>
    public const string QueryNotTranslatable = "QUERY_NOT_TRANSLATABLE";

    /// <summary>An <c>in</c>/<c>nin</c> list longer than <see cref="FilteringOptions.MaxInListLength"/>.</summary>
    public const string FilterListTooLong = "FILTER_LIST_TOO_LONG";

    /// <summary>
    /// <c>where</c>, <c>order</c> and <c>groupBy</c> arguments holding more nodes together than
    /// <see cref="FilteringOptions.MaxNodes"/>; refused before any expression is built.
    /// </summary>
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";

    /// <summary>A <c>groupBy</c> argument the engine cannot apply (an unknown field, too many keys, a list).</summary>
    public const string InvalidGroupBy = "INVALID_GROUP_BY";

    /// <summary>Offset paging arguments out of range (negative <c>skip</c> or <c>take</c>, or <c>take</c> past the maximum).</summary>
    public const string InvalidOffsetPaging = "INVALID_OFFSET_PAGING";
}
