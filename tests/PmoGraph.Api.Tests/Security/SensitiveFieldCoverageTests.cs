using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// One generated query per field marked sensitive (and per field of a type marked sensitive as a whole), reaching it
/// from the root by the shortest path of fields, required arguments filled with values of their type: a viewer is
/// refused each, naming the field, and an analyst is not refused any for being sensitive.
/// </summary>
public sealed class SensitiveFieldCoverageTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    [Fact]
    public async Task Query_ViewerAsksForEachSensitiveField_RefusedNamingIt()
    {
        var (queries, unreachable) = GenerateQueries();
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");
        var admitted = new List<string>();

        foreach (var (field, query) in queries)
        {
            var response = await viewer.QueryAsync(query);
            var refused = response.TryGetProperty("errors", out var errors) && errors.EnumerateArray().Any(e =>
                e.GetProperty("extensions").GetProperty("code").GetString() == "AUTH_NOT_AUTHORIZED"
                && e.GetProperty("message").GetString()!.Contains($"'{field}'", StringComparison.Ordinal));
            if (!refused || response.TryGetProperty("data", out _))
            {
                admitted.Add($"{field}: {query}");
            }
        }

        Assert.True(queries.Count > 50, $"only {queries.Count} queries were generated");
        Assert.Empty(admitted);
        Assert.Empty(unreachable);
    }

    [Fact]
    public async Task Query_AnalystAsksForEachSensitiveField_NotRefused()
    {
        var (queries, _) = GenerateQueries();
        var analyst = factory.CreateClientFor(PmoRoles.Analyst, "analyst");
        var refused = new List<string>();

        foreach (var (field, query) in queries)
        {
            var response = await analyst.QueryAsync(query);
            if (response.TryGetProperty("errors", out var errors)
                && errors.EnumerateArray().Any(e => e.GetProperty("extensions").GetProperty("code").GetString() == "AUTH_NOT_AUTHORIZED"))
            {
                refused.Add($"{field}: {query}");
            }
        }

        Assert.Empty(refused);
    }

    /// <summary>Each marked field as <c>Type.field</c>, with a query selecting it; and the marked fields no query reaches.</summary>
    private (List<(string Field, string Query)> Queries, List<string> Unreachable) GenerateQueries()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var paths = ShortestPaths(schema);
        var queries = new List<(string, string)>();
        var unreachable = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var wholeType = SensitiveFieldExtensions.SensitivityOf(type) is not null;
            foreach (var field in type.Fields.Where(f => wholeType || SensitiveFieldExtensions.SensitivityOf(f) is not null))
            {
                var name = $"{type.Name}.{field.Name}";
                if (!paths.TryGetValue(type.Name, out var path))
                {
                    unreachable.Add(name);
                    continue;
                }

                var leaf = field.ResolvedType!.GetNamedType() is IComplexGraphType ? $"{Step(field)} {{ __typename }}" : Step(field);
                var query = path.Aggregate(leaf, (inner, step) => $"{step} {{ {inner} }}");
                queries.Add((name, $"{{ {query} }}"));
            }
        }

        return (queries, unreachable);
    }

    /// <summary>For each object type, the field names leading to it from the root, innermost first.</summary>
    private static Dictionary<string, List<string>> ShortestPaths(ISchema schema)
    {
        var paths = new Dictionary<string, List<string>> { [schema.Query.Name] = [] };
        var queue = new Queue<IObjectGraphType>([schema.Query]);
        while (queue.TryDequeue(out var type))
        {
            foreach (var field in type.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                if (field.ResolvedType!.GetNamedType() is IObjectGraphType target && !paths.ContainsKey(target.Name))
                {
                    paths[target.Name] = [Step(field), .. paths[type.Name]];
                    queue.Enqueue(target);
                }
            }
        }

        return paths;
    }

    /// <summary>The field with its required arguments: <c>kpis(period: "2026-10-01", kpi: "roi")</c>.</summary>
    private static string Step(FieldType field)
    {
        var required = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null).ToList() ?? [];
        return required.Count == 0 ? field.Name : $"{field.Name}({string.Join(", ", required.Select(a => $"{a.Name}: {Value(a.Name, a.ResolvedType!)}"))})";
    }

    /// <summary>A valid literal of an input type, with only its required fields set.</summary>
    private static string Value(string name, IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Value(name, nonNull.ResolvedType!),
        ListGraphType list => $"[{Value(name, list.ResolvedType!)}]",
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IInputObjectGraphType input => "{ " + string.Join(", ", input.Fields
            .Where(f => f.ResolvedType is NonNullGraphType && f.DefaultValue is null)
            .Select(f => $"{f.Name}: {Value(f.Name, f.ResolvedType!)}")) + " }",
        _ => (type.Name, name) switch
        {
            ("String", "kpi") => "\"roi\"",
            ("String" or "Date", _) when name.Contains("period", StringComparison.OrdinalIgnoreCase) => "\"2026-10-01\"",
            ("Date", _) => "\"2026-10-01\"",
            ("String" or "ID", _) => "\"1\"",
            ("Boolean", _) => "true",
            ("Decimal" or "Float", _) => "1000000",
            _ => "1",
        },
    };
}
