using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Opaque keyset cursors: the values of the row's sort keys (the id last) and the fingerprint of the ordering they
/// belong to, as JSON, base64url-encoded with a version prefix. A cursor is only valid with the ordering it came from.
/// </summary>
public static class Cursor
{
    private const string Prefix = "k2:";

    /// <summary>Encodes the sort key values of the row an edge points at.</summary>
    /// <param name="ordering">The fingerprint of the ordering the values belong to.</param>
    /// <param name="values">The row's values of each sort key, in key order.</param>
    public static string Encode(string ordering, IReadOnlyList<object?> values)
    {
        var json = JsonSerializer.Serialize(new Payload(ordering, values));
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + json));
    }

    /// <summary>
    /// Decodes a cursor from <see cref="Encode"/> into one value per key type; a cursor this API did not issue, or issued
    /// for another ordering, is a GraphQL error with code <c>INVALID_CURSOR</c>.
    /// </summary>
    /// <param name="cursor">The client's cursor.</param>
    /// <param name="argument">The argument it came in (<c>after</c> or <c>before</c>), for the message.</param>
    /// <param name="ordering">The fingerprint of the ordering of the request.</param>
    /// <param name="types">The CLR type of each sort key of that ordering.</param>
    public static IReadOnlyList<object?> Decode(string cursor, string argument, string ordering, IReadOnlyList<Type> types)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(types);
        JsonElement payload;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (!text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                throw Invalid($"The '{argument}' cursor is not a cursor this API issued.");
            }

            using var document = JsonDocument.Parse(text[Prefix.Length..]);
            payload = document.RootElement.Clone();
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            throw Invalid($"The '{argument}' cursor is not a cursor this API issued.");
        }

        try
        {
            if (payload.GetProperty("o").GetString() != ordering)
            {
                throw Invalid($"The '{argument}' cursor was issued for another ordering; page with the 'order' it came from.");
            }

            var values = payload.GetProperty("k");
            if (values.GetArrayLength() != types.Count)
            {
                throw Invalid($"The '{argument}' cursor is not a cursor this API issued.");
            }

            return [.. values.EnumerateArray().Select((value, i) => value.Deserialize(types[i]))];
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or JsonException or NotSupportedException or FormatException)
        {
            throw Invalid($"The '{argument}' cursor is not a cursor this API issued.");
        }
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = QueryErrorCodes.InvalidCursor };

    private sealed record Payload(
        [property: System.Text.Json.Serialization.JsonPropertyName("o")] string Ordering,
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] IReadOnlyList<object?> Keys);
}
