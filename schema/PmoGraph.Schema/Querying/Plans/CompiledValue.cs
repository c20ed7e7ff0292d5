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
    public List<KeyValuePair<string, object?>> Fields { get; } = new(capacity);

    public void Add(string key, object? value) => Fields.Add(new(key, value));
}

/// <summary>A list of objects.</summary>
[JsonConverter(typeof(CompiledValueConverter<CompiledList>))]
internal sealed class CompiledList(int capacity) : CompiledValue
{
    public List<object?> Items { get; } = new(capacity);
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
