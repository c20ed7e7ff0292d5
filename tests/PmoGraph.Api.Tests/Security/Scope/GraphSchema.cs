using System.Text.Json;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>A reference to a type as introspection gives it: a named type wrapped in NON_NULL and LIST.</summary>
internal sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";

    public bool IsList => Kind == "LIST" || (IsNonNull && OfType!.IsList);

    /// <summary>The named type under every wrapper.</summary>
    public string NamedType => Name ?? OfType!.NamedType;

    /// <summary>The type as written in a document, for variable definitions.</summary>
    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!,
    };

    public static TypeRef Read(JsonElement json) => new(
        json.GetProperty("kind").GetString()!,
        json.GetProperty("name").GetString(),
        json.GetProperty("ofType").ValueKind == JsonValueKind.Null ? null : Read(json.GetProperty("ofType")));
}

/// <summary>An argument or an input object's field.</summary>
internal sealed record InputValue(string Name, TypeRef Type, bool HasDefault);

internal sealed record FieldDef(string Name, TypeRef Type, IReadOnlyList<InputValue> Args);

internal sealed record TypeDef(
    string Kind,
    string Name,
    IReadOnlyList<FieldDef> Fields,
    IReadOnlyList<InputValue> InputFields,
    IReadOnlyList<string> EnumValues,
    IReadOnlyList<string> PossibleTypes)
{
    public bool IsLeaf => Kind is "SCALAR" or "ENUM";

    public FieldDef? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public InputValue? InputField(string name) => InputFields.FirstOrDefault(f => f.Name == name);
}

/// <summary>The API's schema as its own introspection describes it, so tests cover fields nobody listed.</summary>
internal sealed class GraphSchema(IReadOnlyDictionary<string, TypeDef> types, string queryType, string? mutationType)
{
    private const string TypeRefFields = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    private static readonly string IntrospectionQuery =
        "{ __schema { queryType { name } mutationType { name } types { kind name "
        + $"fields(includeDeprecated: true) {{ name type {{ {TypeRefFields} }} args {{ name defaultValue type {{ {TypeRefFields} }} }} }} "
        + $"inputFields {{ name defaultValue type {{ {TypeRefFields} }} }} enumValues(includeDeprecated: true) {{ name }} possibleTypes {{ name }} }} }} }}";

    public IReadOnlyDictionary<string, TypeDef> Types { get; } = types;

    public TypeDef Query => Types[queryType];

    public TypeDef? Mutation => mutationType is null ? null : Types[mutationType];

    public TypeDef this[string name] => Types[name];

    public static async Task<GraphSchema> LoadAsync(HttpClient client)
    {
        var data = (await client.DataAsync(IntrospectionQuery)).GetProperty("__schema");
        var types = new Dictionary<string, TypeDef>();
        foreach (var type in data.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            types[name] = new TypeDef(
                type.GetProperty("kind").GetString()!,
                name,
                [.. Items(type, "fields").Select(f => new FieldDef(
                    f.GetProperty("name").GetString()!, TypeRef.Read(f.GetProperty("type")), [.. Items(f, "args").Select(ReadInput)]))],
                [.. Items(type, "inputFields").Select(ReadInput)],
                [.. Items(type, "enumValues").Select(e => e.GetProperty("name").GetString()!)],
                [.. Items(type, "possibleTypes").Select(e => e.GetProperty("name").GetString()!)]);
        }

        var mutation = data.GetProperty("mutationType");
        return new GraphSchema(
            types,
            data.GetProperty("queryType").GetProperty("name").GetString()!,
            mutation.ValueKind == JsonValueKind.Null ? null : mutation.GetProperty("name").GetString());
    }

    private static InputValue ReadInput(JsonElement json) => new(
        json.GetProperty("name").GetString()!,
        TypeRef.Read(json.GetProperty("type")),
        json.GetProperty("defaultValue").ValueKind != JsonValueKind.Null);

    private static List<JsonElement> Items(JsonElement json, string property) =>
        json.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];
}
