using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.OData;

/// <summary>
/// The keyset <c>$skiptoken</c>: the last row's values of the view's seek columns, as base64url of
/// <c>{"v":1,"after":[...]}</c> (ints as numbers, dates as <c>yyyy-MM-dd</c>, strings as strings). Opaque to clients;
/// the version lets a later format refuse, rather than misread, a token of this one.
/// </summary>
public static class SeekToken
{
    private const int Version = 1;

    public static string Format(IReadOnlyList<object?> after)
    {
        ArgumentNullException.ThrowIfNull(after);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteStartArray("after");
            foreach (var value in after)
            {
                switch (value)
                {
                    case int number:
                        json.WriteNumberValue(number);
                        break;
                    case DateOnly date:
                        json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case string text:
                        json.WriteStringValue(text);
                        break;
                    default:
                        // The catalogue admits int, date and string seek columns, declared non-null.
                        throw new InvalidOperationException($"A seek value cannot be a {value?.GetType().Name ?? "null"}.");
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>
    /// The seek values <paramref name="token"/> carries, typed as <paramref name="view"/>'s seek columns; null when it
    /// is not a token this feed issues for the view (not base64url JSON, another version, wrong arity or types).
    /// </summary>
    public static object?[]? Parse(string token, ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number) || number != Version
                || !root.TryGetProperty("after", out var after) || after.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var columns = view.SeekColumns;
            if (after.GetArrayLength() != columns.Count)
            {
                return null;
            }

            var values = new object?[columns.Count];
            var i = 0;
            foreach (var element in after.EnumerateArray())
            {
                values[i] = Value(element, columns[i].Type);
                if (values[i++] is null)
                {
                    return null;
                }
            }

            return values;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object? Value(JsonElement element, ViewColumnType type) => type switch
    {
        ViewColumnType.Whole when element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number) => number,
        ViewColumnType.Date when element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        ViewColumnType.Text when element.ValueKind == JsonValueKind.String => element.GetString(),
        _ => null,
    };
}
