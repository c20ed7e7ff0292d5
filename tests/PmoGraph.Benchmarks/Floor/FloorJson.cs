using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PmoGraph.Benchmarks.Floor;

/// <summary>Writes the stored representations the way a GraphQL server does: numbers as numbers, enums in CONSTANT_CASE.</summary>
internal static class FloorJson
{
    public static void Decimal(Utf8JsonWriter writer, string name, string stored) =>
        writer.WriteNumber(name, decimal.Parse(stored, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static readonly ConcurrentDictionary<string, string> EnumNames = new(StringComparer.Ordinal);

    public static void Enum(Utf8JsonWriter writer, string name, string stored) =>
        writer.WriteString(name, EnumNames.GetOrAdd(stored, ConstantCase));

    public static void NullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string ConstantCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
