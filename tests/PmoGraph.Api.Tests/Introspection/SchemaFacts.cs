using System.Text.Json;

namespace PmoGraph.Api.Tests.Introspection;

/// <summary>
/// A schema as a set of facts, one line per thing it declares (a type and its kind, a field and its type, an argument's
/// default value, a description, a deprecation, a directive's location...), read either from SDL
/// (<c>SchemaFacts.Sdl.cs</c>) or from an introspection answer (here), so the two can be compared as sets.
/// The spec's built-in scalars and directives and the introspection types are left out: SDL does not declare them.
/// </summary>
public static partial class SchemaFacts
{
    private const string DefaultDeprecationReason = "No longer supported";

    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];
    private static readonly HashSet<string> BuiltInDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    /// <summary>The facts an answer to getIntrospectionQuery (every option on) gives about the schema.</summary>
    public static HashSet<string> FromIntrospection(JsonElement schema)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        Describe(facts, "schema", schema.GetProperty("description"));
        facts.Add("schema query " + schema.GetProperty("queryType").GetProperty("name").GetString());
        foreach (var (operation, property) in new[] { ("mutation", "mutationType"), ("subscription", "subscriptionType") })
        {
            if (schema.GetProperty(property) is { ValueKind: JsonValueKind.Object } root)
            {
                facts.Add($"schema {operation} {root.GetProperty("name").GetString()}");
            }
        }

        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.Contains(name))
            {
                continue;
            }

            var kind = type.GetProperty("kind").GetString()!;
            facts.Add($"type {name} {kind}");
            Describe(facts, $"type {name}", type.GetProperty("description"));
            if (type.GetProperty("specifiedByURL").GetString() is { } url)
            {
                facts.Add($"type {name} specifiedBy {Quote(url)}");
            }

            if (type.GetProperty("isOneOf").ValueKind == JsonValueKind.True)
            {
                facts.Add($"type {name} oneOf");
            }

            foreach (var item in Items(type, "interfaces"))
            {
                facts.Add($"type {name} implements {item.GetProperty("name").GetString()}");
            }

            foreach (var item in Items(type, "possibleTypes"))
            {
                facts.Add($"type {name} possible {item.GetProperty("name").GetString()}");
            }

            foreach (var field in Items(type, "fields"))
            {
                var path = $"{name}.{field.GetProperty("name").GetString()}";
                facts.Add($"field {path}: {TypeRef(field.GetProperty("type"))}");
                Describe(facts, "field " + path, field.GetProperty("description"));
                Deprecation(facts, "field " + path, field);
                InputValues(facts, $"arg {path}", field.GetProperty("args"));
            }

            InputValues(facts, $"input {name}", type.GetProperty("inputFields"));
            foreach (var value in Items(type, "enumValues"))
            {
                var path = $"enum {name}.{value.GetProperty("name").GetString()}";
                facts.Add(path);
                Describe(facts, path, value.GetProperty("description"));
                Deprecation(facts, path, value);
            }
        }

        foreach (var directive in schema.GetProperty("directives").EnumerateArray())
        {
            var name = directive.GetProperty("name").GetString()!;
            if (BuiltInDirectives.Contains(name))
            {
                continue;
            }

            facts.Add($"directive @{name}");
            Describe(facts, $"directive @{name}", directive.GetProperty("description"));
            if (directive.GetProperty("isRepeatable").GetBoolean())
            {
                facts.Add($"directive @{name} repeatable");
            }

            foreach (var location in directive.GetProperty("locations").EnumerateArray())
            {
                facts.Add($"directive @{name} on {location.GetString()}");
            }

            InputValues(facts, $"arg @{name}", directive.GetProperty("args"));
        }

        return facts;
    }

    private static List<JsonElement> Items(JsonElement type, string list) =>
        type.GetProperty(list) is { ValueKind: JsonValueKind.Array } items ? [.. items.EnumerateArray()] : [];

    private static void InputValues(HashSet<string> facts, string owner, JsonElement values)
    {
        if (values.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var value in values.EnumerateArray())
        {
            var path = $"{owner}({value.GetProperty("name").GetString()})";
            facts.Add($"{path}: {TypeRef(value.GetProperty("type"))}");
            Describe(facts, path, value.GetProperty("description"));
            Deprecation(facts, path, value);
            if (value.GetProperty("defaultValue").GetString() is { } defaultValue)
            {
                facts.Add($"{path} default {CanonicalValue(defaultValue)}");
            }
        }
    }

    private static string TypeRef(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeRef(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeRef(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    private static void Describe(HashSet<string> facts, string owner, JsonElement description)
    {
        if (description.GetString() is { Length: > 0 } text)
        {
            facts.Add($"{owner} description {Quote(text)}");
        }
    }

    private static void Deprecation(HashSet<string> facts, string owner, JsonElement element)
    {
        if (element.GetProperty("isDeprecated").GetBoolean())
        {
            facts.Add($"{owner} deprecated {Quote(element.GetProperty("deprecationReason").GetString() ?? DefaultDeprecationReason)}");
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
