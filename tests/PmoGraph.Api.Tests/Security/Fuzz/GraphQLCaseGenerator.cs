using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PmoGraph.Api.Tests.Security.Scope;

namespace PmoGraph.Api.Tests.Security.Fuzz;

/// <summary>
/// Random GraphQL from the schema, reproducible from its <see cref="Random"/>: a few root fields with aliases, random
/// arguments (valid or extreme scalars, nulls, wrong types, lists), some as variables, selections nested at random
/// depth with fragments and inline fragments.
/// </summary>
internal sealed class GraphQLCaseGenerator(GraphSchema schema, Random random)
{
    private static readonly string[] Extremes =
    [
        "0", "-1", "2147483647", "-2147483648", "2147483648", "9223372036854775807", "79228162514264337593543950335", "1e308", "-0.0001",
        "\"\"", "\"\\u0000\"", "\"" + new string('x', 5000) + "\"", "\"\u00e9\u4e2d\ud83d\ude00\"", "null", "true", "[]", "[null]", "{}", "\"9999-12-31\"",
        "\"0001-01-01\"", "\"2026-02-30\"", "\"' OR 1=1 --\"", "ENUM_NOPE",
    ];

    public (string Query, JsonObject Variables) Next()
    {
        var fragments = new List<string>();
        var variables = new JsonObject();
        var definitions = new List<string>();
        var roots = schema.Query.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var body = new StringBuilder();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var field = roots[random.Next(roots.Count)];
            body.Append(random.Next(2) == 0 ? $" f{i}: " : " ").Append(field.Name).Append(Arguments(field, variables, definitions));
            if (!schema[field.Type.NamedType].IsLeaf)
            {
                body.Append(" { ").Append(Selection(field.Type.NamedType, random.Next(1, 5), fragments)).Append(" }");
            }
        }

        var header = definitions.Count == 0 ? "query" : "query(" + string.Join(", ", definitions) + ")";
        return (header + " {" + body + " }" + string.Concat(fragments), variables);
    }

    private string Arguments(FieldDef field, JsonObject variables, List<string> definitions)
    {
        var parts = new List<string>();
        foreach (var arg in field.Args)
        {
            if (!arg.Type.IsNonNull && random.Next(3) != 0)
            {
                continue;
            }

            if (random.Next(4) == 0)
            {
                var name = "v" + definitions.Count;
                definitions.Add($"${name}: {arg.Type}");
                variables[name] = random.Next(6) == 0 ? JsonNode.Parse(Extreme()) : Json(arg.Type, 0);
                parts.Add($"{arg.Name}: ${name}");
            }
            else
            {
                parts.Add(arg.Name + ": " + (random.Next(6) == 0 ? Extreme() : Literal(arg.Type, 0)));
            }
        }

        return parts.Count == 0 ? "" : "(" + string.Join(", ", parts) + ")";
    }

    private string Extreme()
    {
        var value = Extremes[random.Next(Extremes.Length)];
        return value == "ENUM_NOPE" ? "\"ENUM_NOPE\"" : value;
    }

    private string Literal(TypeRef type, int depth)
    {
        if (type.IsNonNull)
        {
            return Literal(type.OfType!, depth);
        }

        if (type.Kind == "LIST")
        {
            return "[" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Literal(type.OfType!, depth + 1))) + "]";
        }

        var def = schema[type.NamedType];
        return def.Kind switch
        {
            "ENUM" => def.EnumValues[random.Next(def.EnumValues.Count)],
            "INPUT_OBJECT" when depth < 4 => "{ " + string.Join(", ", def.InputFields
                .Where(f => f.Type.IsNonNull || random.Next(def.InputFields.Count) < 2)
                .Select(f => f.Name + ": " + (random.Next(8) == 0 ? Extreme() : Literal(f.Type, depth + 1)))) + " }",
            "INPUT_OBJECT" => "{}",
            _ => Scalar(def.Name),
        };
    }

    private JsonNode? Json(TypeRef type, int depth)
    {
        var literal = Literal(type, depth);
        try
        {
            return JsonNode.Parse(ToJson(literal));
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(literal);
        }
    }

    /// <summary>A GraphQL literal as JSON: quotes unquoted names and enum values.</summary>
    private static string ToJson(string literal)
    {
        var text = new StringBuilder();
        var inString = false;
        for (var i = 0; i < literal.Length; i++)
        {
            var ch = literal[i];
            if (ch == '"' && (i == 0 || literal[i - 1] != '\\'))
            {
                inString = !inString;
            }

            if (!inString && (char.IsLetter(ch) || ch == '_') && (i == 0 || !char.IsLetterOrDigit(literal[i - 1])))
            {
                var end = i;
                while (end < literal.Length && (char.IsLetterOrDigit(literal[end]) || literal[end] == '_'))
                {
                    end++;
                }

                var word = literal[i..end];
                text.Append(word is "true" or "false" or "null" ? word : "\"" + word + "\"");
                i = end - 1;
                continue;
            }

            text.Append(ch);
        }

        return text.ToString();
    }

    private string Scalar(string scalar) => scalar switch
    {
        "Int" => random.Next(3) == 0 ? random.Next(-5, 100).ToString(CultureInfo.InvariantCulture) : random.Next(1, 20).ToString(CultureInfo.InvariantCulture),
        "Long" => random.NextInt64(-10, long.MaxValue).ToString(CultureInfo.InvariantCulture),
        "Float" => (random.NextDouble() * 1e6).ToString("R", CultureInfo.InvariantCulture),
        "Decimal" => (random.Next(-1000, 10_000_000) / 100m).ToString(CultureInfo.InvariantCulture),
        "Boolean" => random.Next(2) == 0 ? "true" : "false",
        "Date" => "\"" + new DateOnly(2020 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"",
        "DateTime" => "\"2026-0" + (1 + random.Next(9)) + "-01T00:00:00Z\"",
        "UUID" => "\"" + new Guid(random.Next(), 0, 0, new byte[8]) + "\"",
        _ => "\"" + (random.Next(3) == 0 ? "PRJ-00" + random.Next(10, 99) : "a") + "\"",
    };

    private string Selection(string typeName, int depth, List<string> fragments)
    {
        var type = schema[typeName];
        var text = new StringBuilder("__typename");
        if (type.Kind is "UNION" or "INTERFACE")
        {
            foreach (var possible in type.PossibleTypes.Where(_ => random.Next(2) == 0))
            {
                text.Append(" ... on ").Append(possible).Append(" { ").Append(Selection(possible, depth, fragments)).Append(" }");
            }

            return text.ToString();
        }

        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).OrderBy(_ => random.Next()).Take(1 + random.Next(6)).ToList();
        foreach (var field in fields)
        {
            var leaf = schema[field.Type.NamedType].IsLeaf;
            if (!leaf && depth <= 0)
            {
                continue;
            }

            var alias = random.Next(5) == 0 ? "a" + random.Next(1000) + ": " : "";
            var args = Arguments(field, new JsonObject(), []);
            if (args.Contains('$', StringComparison.Ordinal))
            {
                args = "";
            }

            if (leaf)
            {
                text.Append(' ').Append(alias).Append(field.Name).Append(args);
                continue;
            }

            var inner = Selection(field.Type.NamedType, depth - 1, fragments);
            if (random.Next(4) == 0 && schema[field.Type.NamedType].Kind == "OBJECT")
            {
                var name = "F" + fragments.Count;
                fragments.Add($" fragment {name} on {field.Type.NamedType} {{ {inner} }}");
                inner = "..." + name;
            }

            text.Append(' ').Append(alias).Append(field.Name).Append(args).Append(" { ").Append(inner).Append(" }");
        }

        return text.ToString();
    }
}
