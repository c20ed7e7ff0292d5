using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The answer of the compiled read path: objects and lists whose leaves are already the scalar types' serialized
/// values. GraphQL.NET's serializer writes it through <see cref="CompiledValueConverter{T}"/>, each leaf with the same
/// options as the executor's own leaves, so both paths write the same bytes.
/// </summary>
internal abstract class CompiledValue;

/// <summary>An object: its response keys in selection order.</summary>
[JsonConverter(typeof(CompiledValueConverter<CompiledObject>))]
internal sealed class CompiledObject(int capacity) : CompiledValue
{
    // Sized by the plan's member count, which is exact: one array per object, no list around it.
    private KeyValuePair<string, object?>[] _fields = capacity == 0 ? [] : new KeyValuePair<string, object?>[capacity];
    private int _count;

    public ReadOnlySpan<KeyValuePair<string, object?>> Fields => _fields.AsSpan(0, _count);

    public void Add(string key, object? value)
    {
        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, Math.Max(4, _count * 2));
        }

        _fields[_count++] = new(key, value);
    }
}

/// <summary>A list of objects.</summary>
[JsonConverter(typeof(CompiledValueConverter<CompiledList>))]
internal sealed class CompiledList(int capacity) : CompiledValue
{
    private object?[] _items = capacity == 0 ? [] : new object?[capacity];
    private int _count;

    public ReadOnlySpan<object?> Items => _items.AsSpan(0, _count);

    public void Add(object? item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _count * 2));
        }

        _items[_count++] = item;
    }
}

internal sealed class CompiledValueConverter<T> : JsonConverter<T>
    where T : CompiledValue
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A compiled answer is written, never read.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        WriteValue(writer, value, options);

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case CompiledObject obj:
                writer.WriteStartObject();
                foreach (var (key, field) in obj.Fields)
                {
                    // As GraphQL.NET writes an execution node's fields.
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(key) ?? key);
                    WriteValue(writer, field, options);
                }

                writer.WriteEndObject();
                break;
            case CompiledList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                // As GraphQL.NET writes a value node: the serialized leaf through the serializer's options.
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
