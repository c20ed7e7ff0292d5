namespace PmoGraph.Reports.Views;

/// <summary>
/// The type of a view column as declared in its SQL file (<c>-- column name type: description</c>, the type being
/// <c>int</c>, <c>decimal</c>, <c>string</c> or <c>date</c>).
/// </summary>
public enum ViewColumnType
{
    /// <summary><c>int</c>: a 32-bit integer (keys, counts, flags).</summary>
    Whole,

    /// <summary><c>decimal</c>: money and ratios.</summary>
    Amount,

    /// <summary><c>string</c>.</summary>
    Text,

    /// <summary><c>date</c>: a calendar date.</summary>
    Date,
}
