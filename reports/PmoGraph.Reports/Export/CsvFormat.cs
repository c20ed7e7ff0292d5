using System.Globalization;
using System.Text;

namespace PmoGraph.Reports.Export;

/// <summary>RFC 4180 fields: CRLF records, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.</summary>
public static class CsvFormat
{
    public const string RecordEnd = "\r\n";

    /// <summary>Appends a value as a field: invariant culture numbers, ISO dates, empty for null.</summary>
    public static void AppendField(StringBuilder line, object? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        switch (value)
        {
            case null:
                break;
            case DateOnly date:
                line.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IFormattable number:
                line.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                AppendText(line, value.ToString() ?? "");
                break;
        }
    }

    private static void AppendText(StringBuilder line, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
