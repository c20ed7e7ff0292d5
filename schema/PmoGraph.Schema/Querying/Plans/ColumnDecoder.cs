using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Turns a column's JSON value back into the CLR value EF Core would have materialised for that property: decoded as
/// the store's provider type, then through the property's value converter (enums, UTC date-times).
/// </summary>
internal sealed class ColumnDecoder
{
    private readonly Type _provider;
    private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _converter;
    private readonly bool _postgres;

    public ColumnDecoder(IProperty property, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(property);
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        _converter = mapping.Converter;
        var provider = _converter?.ProviderClrType ?? property.ClrType;
        _provider = Nullable.GetUnderlyingType(provider) ?? provider;
        Column = property.GetColumnName();
        _postgres = postgres;
    }

    private ColumnDecoder(Type provider, bool postgres)
    {
        _provider = provider;
        Column = string.Empty;
        _postgres = postgres;
    }

    /// <summary>The column of a mapped property (empty for a computed value).</summary>
    public string Column { get; }

    public Type ProviderType => _provider;

    /// <summary>A computed value (a count, a sum) of <paramref name="type"/>, read as the store's default mapping of that type.</summary>
    public static ColumnDecoder Of(Type type, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new ColumnDecoder(Nullable.GetUnderlyingType(type) ?? type, postgres);
    }

    public object? Decode(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var raw = Raw(value);
        return _converter is null ? raw : _converter.ConvertFromProvider(raw);
    }

    private object Raw(JsonElement value)
    {
        var type = _provider;
        if (type == typeof(string))
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        }

        if (type == typeof(bool))
        {
            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number => value.GetInt64() != 0,
                _ => throw Unexpected(value),
            };
        }

        if (type == typeof(int))
        {
            return value.ValueKind == JsonValueKind.Number ? value.GetInt32() : int.Parse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        if (type == typeof(long))
        {
            return value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        if (type == typeof(short))
        {
            return value.ValueKind == JsonValueKind.Number ? value.GetInt16() : short.Parse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        if (type == typeof(byte))
        {
            return value.ValueKind == JsonValueKind.Number ? value.GetByte() : byte.Parse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        if (type == typeof(decimal))
        {
            return value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : decimal.Parse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (type == typeof(double))
        {
            return value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.Parse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (type == typeof(float))
        {
            return value.ValueKind == JsonValueKind.Number ? value.GetSingle() : float.Parse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.Parse(Text(value), CultureInfo.InvariantCulture);
        }

        if (type == typeof(DateTime))
        {
            // PostgreSQL writes a timestamptz with its offset; SQLite keeps the text EF Core stored, without one.
            return _postgres
                ? DateTimeOffset.Parse(Text(value), CultureInfo.InvariantCulture).UtcDateTime
                : DateTime.Parse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.None);
        }

        if (type == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse(Text(value), CultureInfo.InvariantCulture);
        }

        if (type == typeof(Guid))
        {
            return Guid.Parse(Text(value), CultureInfo.InvariantCulture);
        }

        if (type == typeof(TimeOnly))
        {
            return TimeOnly.Parse(Text(value), CultureInfo.InvariantCulture);
        }

        throw new NotCompilableException($"The compiled read path does not decode {type.Name} columns.");
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static NotCompilableException Unexpected(JsonElement value) =>
        new($"A {value.ValueKind} JSON value cannot be decoded here.");
}
