using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// Walks the schema for every <c>where</c>, <c>order</c> and <c>groupBy</c> input reachable from the root through
/// fields a viewer may select, and for every field of each builds a document that uses it: as a literal, as a whole
/// argument passed in a variable, and as a variable inside a literal. A viewer is refused each use of a field that
/// reads a sensitive node field (or a node field returning, or of, a sensitive type), naming it, and admitted for
/// every other. The expectation is read from the input's name (<c>ProjectFilterInput</c> reads <c>Project</c>'s
/// fields), not from the rule's own mapping.
/// </summary>
public sealed class SensitiveInputCoverageTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private static readonly string[] EngineSuffixes = ["FilterInput", "SortInput", "GroupByInput"];

    public enum Use
    {
        Literal,
        WholeArgumentVariable,
        LeafVariable,
    }

    [Theory]
    [InlineData(Use.Literal)]
    [InlineData(Use.WholeArgumentVariable)]
    [InlineData(Use.LeafVariable)]
    public async Task Arguments_ViewerFiltersSortsOrGroupsBySensitiveField_RefusedNamingIt(Use use)
    {
        var (cases, unreached) = GenerateCases();
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");
        var admitted = new List<string>();

        foreach (var c in cases.Where(c => c.Sensitive))
        {
            var (query, variables) = c.Document(use);
            var response = await viewer.QueryAsync(query, variables);
            var refused = response.TryGetProperty("errors", out var errors) && errors.EnumerateArray().Any(e =>
                e.GetProperty("extensions").GetProperty("code").GetString() == "AUTH_NOT_AUTHORIZED"
                && e.GetProperty("message").GetString()!.Contains($"'{c.Names}'", StringComparison.Ordinal));
            if (!refused || response.TryGetProperty("data", out _))
            {
                admitted.Add($"{c.Names}: {query} {variables?.ToJsonString()} -> {response}");
            }
        }

        Assert.True(cases.Count(c => c.Sensitive) > 100, $"only {cases.Count(c => c.Sensitive)} sensitive input fields were found");
        Assert.Empty(admitted);
        Assert.Empty(unreached);
    }

    [Theory]
    [InlineData(Use.Literal)]
    [InlineData(Use.WholeArgumentVariable)]
    [InlineData(Use.LeafVariable)]
    public async Task Arguments_ViewerFiltersSortsOrGroupsByOrdinaryField_Answered(Use use)
    {
        var (cases, _) = GenerateCases();
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");
        var refused = new List<string>();

        foreach (var c in cases.Where(c => !c.Sensitive))
        {
            var (query, variables) = c.Document(use);
            var response = await viewer.QueryAsync(query, variables);
            if (response.TryGetProperty("errors", out _) || !response.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                refused.Add($"{c.Names}: {query} {variables?.ToJsonString()} -> {response}");
            }
        }

        Assert.True(cases.Count(c => !c.Sensitive) > 100, $"only {cases.Count(c => !c.Sensitive)} ordinary input fields were found");
        Assert.Empty(refused);
    }

    [Fact]
    public async Task PeopleAggregate_ViewerReadsAnEmailLetterByLetterThroughAVariable_Refused()
    {
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");

        var response = await viewer.QueryAsync(
            "query($w: PersonFilterInput) { peopleAggregate(where: $w) { count } }",
            new { w = new { email = new { startsWith = "a" } } });

        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes());
        Assert.Contains("'Person.email'", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Projects_AnalystSortsByBudgetThroughAVariable_Answered()
    {
        var analyst = factory.CreateClientFor(PmoRoles.Analyst, "analyst");

        var data = await analyst.DataAsync(
            "query($o: [ProjectSortInput!]) { projects(first: 1, order: $o) { nodes { budgetAtCompletion } } }",
            new { o = new[] { new { budgetAtCompletion = "DESC" } } });

        var largest = data.GetProperty("projects").GetProperty("nodes")[0].GetProperty("budgetAtCompletion").GetDecimal();
        var all = await analyst.DataAsync("{ projectsAggregate { max { budgetAtCompletion } } }");
        Assert.Equal(all.GetProperty("projectsAggregate").GetProperty("max").GetProperty("budgetAtCompletion").GetDecimal(), largest);
    }

    /// <summary>One case per field of each engine input reached, and the engine inputs no clean route reaches.</summary>
    private (List<InputCase> Cases, List<string> Unreached) GenerateCases()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var routes = InputRoutes(schema);
        var cases = new List<InputCase>();
        foreach (var (input, route) in routes.OrderBy(r => r.Key.Name, StringComparer.Ordinal))
        {
            if (OwnerOf(schema, input) is not { } owner)
            {
                continue;
            }

            foreach (var field in input.Fields)
            {
                var nodeField = owner.GetField(field.Name);
                var sensitive = Marked(owner) || Marked(nodeField) || Marked(nodeField?.ResolvedType?.GetNamedType());
                cases.Add(new InputCase(route, field, $"{owner.Name}.{field.Name}", sensitive));
            }
        }

        var unreached = schema.AllTypes.OfType<IInputObjectGraphType>()
            .Where(t => OwnerOf(schema, t) is { } owner && !Marked(owner) && !routes.ContainsKey(t))
            .Select(t => t.Name).ToList();
        return (cases, unreached);
    }

    /// <summary>
    /// For each input type, the shortest route to it through fields and input fields a viewer may use: the output path,
    /// the field and argument taking it, and the input fields leading down to it.
    /// </summary>
    private static Dictionary<IInputObjectGraphType, Route> InputRoutes(ISchema schema)
    {
        var routes = new Dictionary<IInputObjectGraphType, Route>();
        var queue = new Queue<(IInputObjectGraphType, Route)>();
        foreach (var (path, host) in Hosts(schema))
        {
            foreach (var argument in host.Arguments ?? [])
            {
                if (argument.ResolvedType!.GetNamedType() is IInputObjectGraphType input && !routes.ContainsKey(input))
                {
                    var route = new Route(path, host, argument, []);
                    routes[input] = route;
                    queue.Enqueue((input, route));
                }
            }
        }

        while (queue.TryDequeue(out var next))
        {
            var (input, route) = next;
            foreach (var field in input.Fields)
            {
                if (field.ResolvedType!.GetNamedType() is IInputObjectGraphType target && !routes.ContainsKey(target)
                    && !(OwnerOf(schema, input) is { } owner && (Marked(owner) || Marked(owner.GetField(field.Name)) || Marked(owner.GetField(field.Name)?.ResolvedType?.GetNamedType()))))
                {
                    var deeper = route with { Steps = [.. route.Steps, field] };
                    routes[target] = deeper;
                    queue.Enqueue((target, deeper));
                }
            }
        }

        return routes;
    }

    /// <summary>Every field with arguments a viewer may select, with the path to its parent, shortest first.</summary>
    private static List<(List<string> Path, FieldType Field)> Hosts(ISchema schema)
    {
        var hosts = new List<(List<string>, FieldType)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { schema.Query.Name };
        var queue = new Queue<(IObjectGraphType, List<string>)>([(schema.Query, [])]);
        while (queue.TryDequeue(out var next))
        {
            var (type, path) = next;
            foreach (var field in type.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var target = field.ResolvedType!.GetNamedType();
                if (Marked(type) || Marked(field) || Marked(target) || field.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    continue;
                }

                if (field.Arguments is { Count: > 0 })
                {
                    hosts.Add((path, field));
                }

                if (target is IObjectGraphType child && seen.Add(child.Name))
                {
                    queue.Enqueue((child, [.. path, Step(field)]));
                }
            }
        }

        return hosts;
    }

    /// <summary>The node type an engine input reads (<c>Project</c> for <c>ProjectSortInput</c>), from its name.</summary>
    private static IComplexGraphType? OwnerOf(ISchema schema, IGraphType input) =>
        EngineSuffixes.FirstOrDefault(s => input.Name.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            ? schema.AllTypes[input.Name[..^suffix.Length]] as IComplexGraphType
            : null;

    private static bool Marked(IProvideMetadata? element) => SensitiveFieldExtensions.SensitivityOf(element) is not null;

    /// <summary>A field with its required arguments filled: <c>project(id: 1)</c>.</summary>
    private static string Step(FieldType field)
    {
        var required = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null).ToList() ?? [];
        return required.Count == 0 ? field.Name : $"{field.Name}({string.Join(", ", required.Select(a => $"{a.Name}: {Literal(Sample(a.ResolvedType!, a.Name), a.ResolvedType!)}"))})";
    }

    /// <summary>A small valid value of <paramref name="type"/>: an input object sets one field, preferably the id.</summary>
    private static JsonNode? Sample(IGraphType type, string name) => type switch
    {
        NonNullGraphType nonNull => Sample(nonNull.ResolvedType!, name),
        ListGraphType list => new JsonArray(Sample(list.ResolvedType!, name)),
        EnumerationGraphType enumeration => JsonValue.Create(enumeration.Values.First().Name),
        IInputObjectGraphType input => ObjectWith(input),
        _ => (type.Name, name) switch
        {
            ("String", "kpi") => JsonValue.Create("roi"),
            ("String" or "Date", _) when name.Contains("period", StringComparison.OrdinalIgnoreCase) => JsonValue.Create("2026-10-01"),
            ("Date", _) => JsonValue.Create("2026-10-01"),
            ("DateTime", _) => JsonValue.Create("2026-10-01T00:00:00Z"),
            ("UUID", _) => JsonValue.Create("00000000-0000-0000-0000-000000000001"),
            ("String" or "ID", _) => JsonValue.Create("1"),
            ("Boolean", _) => JsonValue.Create(true),
            ("Float", _) => JsonValue.Create(1.5),
            _ => JsonValue.Create(1),
        },
    };

    private static JsonObject ObjectWith(IInputObjectGraphType input)
    {
        var required = input.Fields.Where(f => f.ResolvedType is NonNullGraphType && f.DefaultValue is null).ToList();
        var chosen = required.Count > 0
            ? required
            : [input.Fields.FirstOrDefault(f => f.Name is "id" or "eq" or "any") ?? input.Fields.First(f => f.ResolvedType!.GetNamedType() is ScalarGraphType)];
        var value = new JsonObject();
        foreach (var field in chosen)
        {
            value[field.Name] = Sample(field.ResolvedType!, field.Name);
        }

        return value;
    }

    /// <summary><paramref name="value"/> written as a GraphQL literal of <paramref name="type"/>.</summary>
    private static string Literal(JsonNode? value, IGraphType type)
    {
        var named = type.GetNamedType();
        return value switch
        {
            null => "null",
            JsonArray items => "[" + string.Join(", ", items.Select(i => Literal(i, type is NonNullGraphType n ? Unwrap(n.ResolvedType!) : Unwrap(type)))) + "]",
            JsonObject fields when named is IInputObjectGraphType input =>
                "{ " + string.Join(", ", fields.Select(f => $"{f.Key}: {Literal(f.Value, input.GetField(f.Key)!.ResolvedType!)}")) + " }",
            JsonValue scalar when named is EnumerationGraphType => scalar.GetValue<string>(),
            _ => value.ToJsonString(),
        };

        static IGraphType Unwrap(IGraphType t) => t is ListGraphType list ? list.ResolvedType! : t is NonNullGraphType n ? Unwrap(n.ResolvedType!) : t;
    }

    /// <summary>A type as written in a variable definition: <c>[ProjectSortInput!]</c>.</summary>
    private static string TypeName(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => TypeName(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + TypeName(list.ResolvedType!) + "]",
        _ => type.Name,
    };

    public sealed record Route(List<string> Path, FieldType Host, QueryArgument Argument, List<FieldType> Steps);

    /// <summary>One input field reached by <paramref name="Route"/>; <paramref name="Names"/> is the node field it reads.</summary>
    private sealed record InputCase(Route Route, FieldType Field, string Names, bool Sensitive)
    {
        /// <summary>The document and variables that use the field as <paramref name="use"/> says.</summary>
        public (string Query, JsonObject? Variables) Document(Use use)
        {
            var leaf = Sample(Field.ResolvedType!, Field.Name);
            var argumentType = Route.Argument.ResolvedType!;
            var value = Nest(argumentType, 0, leaf);
            string argument;
            string definitions;
            JsonObject? variables;
            switch (use)
            {
                case Use.WholeArgumentVariable:
                    argument = "$v";
                    definitions = $"($v: {TypeName(argumentType)})";
                    variables = new JsonObject { ["v"] = value };
                    break;
                case Use.LeafVariable:
                    argument = Literal(Nest(argumentType, 0, JsonValue.Create("$leaf")), argumentType).Replace("\"$leaf\"", "$leaf", StringComparison.Ordinal);
                    definitions = $"($leaf: {TypeName(Field.ResolvedType!)})";
                    variables = new JsonObject { ["leaf"] = leaf };
                    break;
                default:
                    argument = Literal(value, argumentType);
                    definitions = string.Empty;
                    variables = null;
                    break;
            }

            var others = (Route.Host.Arguments ?? [])
                .Where(a => a != Route.Argument && a.ResolvedType is NonNullGraphType && a.DefaultValue is null)
                .Select(a => $", {a.Name}: {Literal(Sample(a.ResolvedType!, a.Name), a.ResolvedType!)}");
            var selection = Route.Host.ResolvedType!.GetNamedType() is IComplexGraphType ? " { __typename }" : string.Empty;
            var host = $"{Route.Host.Name}({Route.Argument.Name}: {argument}{string.Concat(others)}){selection}";
            var body = Enumerable.Reverse(Route.Path).Aggregate(host, (inner, step) => $"{step} {{ {inner} }}");
            return ($"query{definitions} {{ {body} }}", variables);
        }

        /// <summary>The argument's value: the route's input fields nested down to the case's field set to <paramref name="leaf"/>.</summary>
        private JsonNode Nest(IGraphType type, int step, JsonNode? leaf)
        {
            switch (type)
            {
                case NonNullGraphType nonNull:
                    return Nest(nonNull.ResolvedType!, step, leaf);
                case ListGraphType list:
                    return new JsonArray(Nest(list.ResolvedType!, step, leaf));
                default:
                    var name = step < Route.Steps.Count ? Route.Steps[step].Name : Field.Name;
                    var inner = step < Route.Steps.Count ? Nest(Route.Steps[step].ResolvedType!, step + 1, leaf) : leaf?.DeepClone();
                    return new JsonObject { [name] = inner };
            }
        }

        public override string ToString() => Names;
    }
}
