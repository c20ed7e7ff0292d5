using System.Text;
using GraphQLParser;
using GraphQLParser.AST;

namespace PmoGraph.Api.Tests.Introspection;

/// <summary>The facts SDL declares, in the form <see cref="SchemaFacts.FromIntrospection"/> reads them from an answer.</summary>
public static partial class SchemaFacts
{
    public static HashSet<string> FromSdl(string sdl)
    {
        var document = Parser.Parse(sdl);
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var definitions = document.Definitions;
        var schema = definitions.OfType<GraphQLSchemaDefinition>().SingleOrDefault();
        Describe(facts, "schema", schema?.Description);
        var roots = schema?.OperationTypes.ToDictionary(o => o.Operation, o => o.Type!.Name.StringValue)
            ?? new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") }
                .Where(r => definitions.OfType<GraphQLObjectTypeDefinition>().Any(t => t.Name.StringValue == r.Item2))
                .ToDictionary(r => r.Item1, r => r.Item2);
        foreach (var (operation, type) in roots)
        {
            facts.Add($"schema {operation.ToString().ToLowerInvariant()} {type}");
        }

        foreach (var definition in definitions.OfType<GraphQLTypeDefinition>())
        {
            var name = definition.Name.StringValue;
            Describe(facts, $"type {name}", definition.Description);
            switch (definition)
            {
                case GraphQLObjectTypeDefinition type:
                    facts.Add($"type {name} OBJECT");
                    Implements(facts, name, type.Interfaces);
                    Fields(facts, name, type.Fields);
                    break;
                case GraphQLInterfaceTypeDefinition type:
                    facts.Add($"type {name} INTERFACE");
                    Implements(facts, name, type.Interfaces);
                    Fields(facts, name, type.Fields);
                    foreach (var implementation in definitions.OfType<GraphQLObjectTypeDefinition>()
                                 .Where(o => o.Interfaces?.Items.Any(i => i.Name.StringValue == name) == true))
                    {
                        facts.Add($"type {name} possible {implementation.Name.StringValue}");
                    }

                    break;
                case GraphQLUnionTypeDefinition type:
                    facts.Add($"type {name} UNION");
                    foreach (var member in type.Types?.Items ?? [])
                    {
                        facts.Add($"type {name} possible {member.Name.StringValue}");
                    }

                    break;
                case GraphQLEnumTypeDefinition type:
                    facts.Add($"type {name} ENUM");
                    foreach (var value in type.Values?.Items ?? [])
                    {
                        var path = $"enum {name}.{value.EnumValue.Name.StringValue}";
                        facts.Add(path);
                        Describe(facts, path, value.Description);
                        Deprecation(facts, path, value.Directives);
                    }

                    break;
                case GraphQLInputObjectTypeDefinition type:
                    facts.Add($"type {name} INPUT_OBJECT");
                    if (Directive(type.Directives, "oneOf") is not null)
                    {
                        facts.Add($"type {name} oneOf");
                    }

                    InputValues(facts, $"input {name}", type.Fields?.Items);
                    break;
                case GraphQLScalarTypeDefinition type:
                    facts.Add($"type {name} SCALAR");
                    if (Directive(type.Directives, "specifiedBy") is { } specifiedBy)
                    {
                        facts.Add($"type {name} specifiedBy {Quote(Argument(specifiedBy, "url")!)}");
                    }

                    break;
            }
        }

        foreach (var directive in definitions.OfType<GraphQLDirectiveDefinition>())
        {
            var name = directive.Name.StringValue;
            facts.Add($"directive @{name}");
            Describe(facts, $"directive @{name}", directive.Description);
            if (directive.Repeatable)
            {
                facts.Add($"directive @{name} repeatable");
            }

            foreach (var location in directive.Locations.Items)
            {
                facts.Add($"directive @{name} on {LocationName(location)}");
            }

            InputValues(facts, $"arg @{name}", directive.Arguments?.Items);
        }

        return facts;
    }

    /// <summary>A default value as one canonical text, whether it came as SDL or as introspection's defaultValue string.</summary>
    private static string CanonicalValue(string value) =>
        CanonicalValue(Parser.Parse($"input Wrapper {{ value: Int = {value} }}").Definitions.OfType<GraphQLInputObjectTypeDefinition>().Single()
            .Fields!.Items[0].DefaultValue!);

    private static string CanonicalValue(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Quote(text.Value.ToString()),
        GraphQLListValue list => "[" + string.Join(", ", list.Values?.Select(CanonicalValue) ?? []) + "]",
        GraphQLObjectValue obj => "{" + string.Join(", ", (obj.Fields ?? []).OrderBy(f => f.Name.StringValue, StringComparer.Ordinal)
            .Select(f => $"{f.Name.StringValue}: {CanonicalValue(f.Value)}")) + "}",
        GraphQLNullValue => "null",
        GraphQLBooleanValue boolean => boolean.BoolValue ? "true" : "false",
        GraphQLIntValue number => number.Value.ToString(),
        GraphQLFloatValue number => number.Value.ToString(),
        GraphQLEnumValue member => member.Name.StringValue,
        _ => throw new InvalidOperationException($"A default value of kind {value.Kind}."),
    };

    private static void Implements(HashSet<string> facts, string name, GraphQLImplementsInterfaces? interfaces)
    {
        foreach (var item in interfaces?.Items ?? [])
        {
            facts.Add($"type {name} implements {item.Name.StringValue}");
        }
    }

    private static void Fields(HashSet<string> facts, string name, GraphQLFieldsDefinition? fields)
    {
        foreach (var field in fields?.Items ?? [])
        {
            var path = $"{name}.{field.Name.StringValue}";
            facts.Add($"field {path}: {TypeRef(field.Type)}");
            Describe(facts, "field " + path, field.Description);
            Deprecation(facts, "field " + path, field.Directives);
            InputValues(facts, $"arg {path}", field.Arguments?.Items);
        }
    }

    private static void InputValues(HashSet<string> facts, string owner, List<GraphQLInputValueDefinition>? values)
    {
        foreach (var value in values ?? [])
        {
            var path = $"{owner}({value.Name.StringValue})";
            facts.Add($"{path}: {TypeRef(value.Type)}");
            Describe(facts, path, value.Description);
            Deprecation(facts, path, value.Directives);
            if (value.DefaultValue is { } defaultValue)
            {
                facts.Add($"{path} default {CanonicalValue(defaultValue)}");
            }
        }
    }

    private static string TypeRef(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeRef(nonNull.Type) + "!",
        GraphQLListType list => "[" + TypeRef(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException($"A type of kind {type.Kind}."),
    };

    private static void Describe(HashSet<string> facts, string owner, GraphQLDescription? description)
    {
        if (description is not null && description.Value.Length > 0)
        {
            facts.Add($"{owner} description {Quote(description.Value.ToString())}");
        }
    }

    private static void Deprecation(HashSet<string> facts, string owner, GraphQLDirectives? directives)
    {
        if (Directive(directives, "deprecated") is { } deprecated)
        {
            facts.Add($"{owner} deprecated {Quote(Argument(deprecated, "reason") ?? DefaultDeprecationReason)}");
        }
    }

    private static GraphQLDirective? Directive(GraphQLDirectives? directives, string name) =>
        directives?.Items.FirstOrDefault(d => d.Name.StringValue == name);

    private static string? Argument(GraphQLDirective directive, string name) =>
        directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value is GraphQLStringValue text ? text.Value.ToString() : null;

    /// <summary>The introspection name of a location: <c>FieldDefinition</c> is <c>FIELD_DEFINITION</c>.</summary>
    private static string LocationName(DirectiveLocation location)
    {
        var text = new StringBuilder();
        foreach (var c in location.ToString())
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
