using System.Globalization;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.Reading;

/// <summary>Converts between store values and the declared column types, for both dialects.</summary>
public static class ColumnValues
{
    /// <summary>
    /// A value as read (SQLite gives long, double and text; PostgreSQL int, numeric and date) as the column's type:
    /// int, decimal rounded to 4 places (the store's scale), string or <see cref="DateOnly"/>.
    /// </summary>
    public static object? FromDatabase(object? value, ViewColumnType type)
    {
        if (value is null or DBNull)
        {
            return null;
        }

        return type switch
        {
            ViewColumnType.Whole => Convert.ToInt32(value, CultureInfo.InvariantCulture),
            ViewColumnType.Amount => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4, MidpointRounding.AwayFromZero),
            ViewColumnType.Text => Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => value switch
            {
                DateOnly date => date,
                DateTime dateTime => DateOnly.FromDateTime(dateTime),
                string text => DateOnly.ParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"A date column held a {value.GetType().Name}."),
            },
        };
    }

    /// <summary>A filter value as a parameter comparable with the column in <paramref name="dialect"/>.</summary>
    public static object? ToParameter(object? value, ViewColumnType type, SqlDialect dialect)
    {
        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ViewColumnType.Whole => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            // SQLite's decimals are REAL in the views; a bound decimal would be TEXT and compare as text.
            ViewColumnType.Amount => dialect == SqlDialect.Sqlite
                ? Convert.ToDouble(value, CultureInfo.InvariantCulture)
                : Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            ViewColumnType.Text => Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => dialect == SqlDialect.Sqlite ? ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value,
        };
    }
}
