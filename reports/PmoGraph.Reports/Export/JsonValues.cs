using System.Globalization;
using System.Text.Json;

namespace PmoGraph.Reports.Export;

/// <summary>Writes a view value as JSON: numbers as numbers, dates as ISO strings.</summary>
internal static class JsonValues
{
    public static void Write(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(name);
                break;
            case int whole:
                writer.WriteNumber(name, whole);
                break;
            case decimal amount:
                writer.WriteNumber(name, amount);
                break;
            case DateOnly date:
                writer.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteString(name, value.ToString());
                break;
        }
    }
}
