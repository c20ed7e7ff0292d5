using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Querying;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Querying.Plans;

/// <summary>
/// Fuzzes the arguments of root connections (generated from the schema's filter and sort inputs, with values taken
/// from the stored rows) and sends each query, then its next page from the cursor it answered, in differential mode:
/// no answer of the compiled path may differ from the executor's. The seed is fixed and printed; set
/// <c>PMOGRAPH_FUZZ_SEED</c> to explore others.
/// </summary>
public sealed class CompiledReadFuzzTests(PmoApiFactory factory, ITestOutputHelper output) : IClassFixture<PmoApiFactory>
{
    private const int Queries = 80;
    private const int DefaultSeed = 20261206;

    private static readonly string[] Connections = ["projects", "risks", "milestones", "issues", "changeRequests", "programs", "portfolios", "people", "benefits", "statusReports"];
    private static readonly string[] Functions = ["count", "sum", "avg", "min", "max"];
    private static readonly string[] Comparisons = ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"];

    [Fact]
    public async Task RandomArguments_CompiledAnswersAreTheExecutors()
    {
        var random = SeededRandom();
        var client = factory.CreateClient();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var compiled = 0;
        factory.SqlCommands.Reset();
        for (var i = 0; i < Queries; i++)
        {
            var root = Connections[random.Next(Connections.Length)];
            var field = schema.Query.GetField(root)!;
            var node = (IObjectGraphType)((IObjectGraphType)Unwrap(field.ResolvedType!)).GetField("nodes")!.ResolvedType!.Named();
            var filter = (IInputObjectGraphType)schema.AllTypes[node.Name + "FilterInput"]!;
            var sort = (IInputObjectGraphType)schema.AllTypes[node.Name + "SortInput"]!;
            var scalars = filter.Fields.Where(f => Operations(f) is { } ops && ops.GetField("eq") is not null && node.GetField(f.Name) is not null).ToList();
            var sample = (await client.DataAsync($"{{ {root}(first: 30) {{ nodes {{ {string.Join(' ', scalars.Select(f => f.Name))} }} }} }}"))
                .GetProperty(root).GetProperty("nodes").EnumerateArray().ToList();
            if (sample.Count == 0)
            {
                continue;
            }

            var arguments = Arguments(random, scalars, sort, sample);
            var selection = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id "
                + string.Join(' ', scalars.Take(4).Select(f => f.Name)) + " }";
            var fromEnd = random.Next(3) == 0;
            var size = random.Next(0, 6);
            var page = await SendAsync(client, $"{{ {root}({(fromEnd ? "last" : "first")}: {size}{arguments}) {{ {selection} }} }}", root);
            compiled++;
            var info = page.GetProperty("pageInfo");
            var cursor = info.GetProperty(fromEnd ? "startCursor" : "endCursor");
            if (cursor.ValueKind == JsonValueKind.String)
            {
                await SendAsync(client, $"{{ {root}({(fromEnd ? "last" : "first")}: {size + 1}, {(fromEnd ? "before" : "after")}: \"{cursor.GetString()}\"{arguments}) {{ {selection} }} }}", root);
            }
        }

        Assert.True(compiled > Queries / 2, $"only {compiled} queries were sent");
        // The samples and most fuzzed queries were answered by the compiled path too, not only by the executor.
        Assert.True(factory.SqlCommands.DifferentialCount > Queries, $"the compiled path answered {factory.SqlCommands.DifferentialCount} statements");
    }

    /// <summary>
    /// Root aggregates with a fuzzed <c>where</c>, zero to four <c>groupBy</c> keys (own fields or a reference's),
    /// and a random choice of totals, functions and their fields, under the totals and the groups.
    /// </summary>
    [Fact]
    public async Task RandomAggregates_CompiledAnswersAreTheExecutors()
    {
        var random = SeededRandom();
        var client = factory.CreateClient();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        factory.SqlCommands.Reset();
        for (var i = 0; i < Queries / 2; i++)
        {
            var root = Connections[random.Next(Connections.Length)];
            var aggregate = (IObjectGraphType)Unwrap(schema.Query.GetField(root + "Aggregate")!.ResolvedType!);
            var node = (IObjectGraphType)((IObjectGraphType)Unwrap(schema.Query.GetField(root)!.ResolvedType!)).GetField("nodes")!.ResolvedType!.Named();
            var filter = (IInputObjectGraphType)schema.AllTypes[node.Name + "FilterInput"]!;
            var groupBy = (IInputObjectGraphType)schema.AllTypes[node.Name + "GroupByInput"]!;
            var scalars = filter.Fields.Where(f => Operations(f) is { } ops && ops.GetField("eq") is not null && node.GetField(f.Name) is not null).ToList();
            var sample = (await client.DataAsync($"{{ {root}(first: 30) {{ nodes {{ {string.Join(' ', scalars.Select(f => f.Name))} }} }} }}"))
                .GetProperty(root).GetProperty("nodes").EnumerateArray().ToList();
            var where = sample.Count == 0 ? "" : Conditions(random, scalars, sample);
            var keys = Enumerable.Range(0, random.Next(5)).Select(_ => GroupKey(random, groupBy)).ToList();
            var arguments = where + (keys.Count == 0 ? "" : $", groupBy: [{string.Join(", ", keys.Select(k => k.Input))}]");
            var values = Values(random, aggregate);
            // With no key every group key field is null; id stands for them.
            var keySelection = keys.Count == 0 ? "id" : string.Join(' ', keys.Select(k => k.Selection));
            var groups = random.Next(3) == 0 ? "" : $"groups {{ key {{ __typename {keySelection} }} {Values(random, aggregate)} }}";
            var query = $"{{ {root}Aggregate{(arguments.Length == 0 ? "" : "(" + arguments.TrimStart(',', ' ') + ")")} {{ {values} {groups} }} }}";
            await SendAsync(client, query, root + "Aggregate");
        }

        Assert.True(factory.SqlCommands.DifferentialCount > Queries / 2, $"the compiled path answered {factory.SqlCommands.DifferentialCount} statements");
    }

    /// <summary>A fixed seed unless one is given, so CI is repeatable (as the security fuzzer does); printed to replay.</summary>
    private Random SeededRandom()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PMOGRAPH_FUZZ_SEED"), CultureInfo.InvariantCulture, out var given)
            ? given
            : DefaultSeed;
        output.WriteLine($"PMOGRAPH_FUZZ_SEED={seed}");
        return new Random(seed);
    }

    /// <summary>One <c>groupBy</c> element and the key's selection for it: a field, or a field of a reference.</summary>
    private static (string Input, string Selection) GroupKey(Random random, IInputObjectGraphType groupBy)
    {
        var field = groupBy.Fields.ElementAt(random.Next(groupBy.Fields.Count));
        if (field.ResolvedType!.Named() is IInputObjectGraphType reference)
        {
            var inner = reference.Fields.Where(f => f.ResolvedType!.Named() is not IInputObjectGraphType).ElementAt(random.Next(reference.Fields.Count(f => f.ResolvedType!.Named() is not IInputObjectGraphType)));
            return ($"{{ {field.Name}: {{ {inner.Name}: true }} }}", $"{field.Name} {{ {inner.Name} }}");
        }

        return ($"{{ {field.Name}: true }}", field.Name);
    }

    /// <summary>Some of <c>count sum avg min max</c>, each with some of its fields (always at least <c>count</c> or one function).</summary>
    private static string Values(Random random, IObjectGraphType aggregate)
    {
        var parts = new List<string>();
        foreach (var function in Functions.Where(_ => random.Next(2) == 0))
        {
            if (function == "count")
            {
                parts.Add("count");
            }
            else if (aggregate.GetField(function)?.ResolvedType!.Named() is IObjectGraphType values)
            {
                var fields = values.Fields.Where(_ => random.Next(2) == 0).Select(f => f.Name).DefaultIfEmpty("__typename");
                parts.Add($"{function} {{ {string.Join(' ', fields)} }}");
            }
        }

        return parts.Count == 0 ? "count" : string.Join(' ', parts);
    }

    private async Task<JsonElement> SendAsync(HttpClient client, string query, string root)
    {
        var response = await client.QueryAsync(query);
        if (response.TryGetProperty("errors", out var errors))
        {
            // A request the engine refuses is answered by the executor alone; a mismatch is never allowed.
            Assert.DoesNotContain(CompiledReadStrategy.MismatchCode, response.ErrorCodes());
            output.WriteLine($"refused: {query} {errors}");
            return JsonDocument.Parse("""{"pageInfo":{"startCursor":null,"endCursor":null}}""").RootElement;
        }

        return response.GetProperty("data").GetProperty(root);
    }

    /// <summary><c>, where: {...}, order: [...]</c> with 0 to 2 conditions and 0 to 2 sort keys (own columns or through a reference).</summary>
    private static string Arguments(Random random, List<FieldType> scalars, IInputObjectGraphType sort, List<JsonElement> sample)
    {
        var text = new StringBuilder(Conditions(random, scalars, sample));
        var keys = new List<string>();
        for (var k = random.Next(3); k > 0; k--)
        {
            var field = sort.Fields.ElementAt(random.Next(sort.Fields.Count));
            var direction = random.Next(2) == 0 ? "ASC" : "DESC";
            keys.Add(field.ResolvedType!.Named() is IInputObjectGraphType reference
                ? $"{{ {field.Name}: {{ {reference.Fields.First(f => f.ResolvedType!.Named() is EnumerationGraphType).Name}: {direction} }} }}"
                : $"{{ {field.Name}: {direction} }}");
        }

        if (keys.Count > 0)
        {
            text.Append(", order: [").Append(string.Join(", ", keys)).Append(']');
        }

        return text.ToString();
    }

    /// <summary><c>, where: {...}</c> with 0 to 2 conditions on values of the sampled rows (empty for none).</summary>
    private static string Conditions(Random random, List<FieldType> scalars, List<JsonElement> sample)
    {
        var text = new StringBuilder();
        var conditions = new List<string>();
        foreach (var field in scalars.OrderBy(_ => random.Next()).Take(random.Next(3)))
        {
            var operations = Operations(field)!;
            var value = sample[random.Next(sample.Count)].GetProperty(field.Name);
            // Only eq and neq take null.
            var available = Comparisons.Where(o => operations.GetField(o) is not null && (value.ValueKind != JsonValueKind.Null || o is "eq" or "neq")).ToList();
            var operation = available[random.Next(available.Count)];
            var isEnum = operations.GetField("eq")!.ResolvedType!.Named() is EnumerationGraphType;
            var literal = operation is "in" or "nin"
                ? "[" + string.Join(", ", Enumerable.Range(0, 2).Select(_ => sample[random.Next(sample.Count)].GetProperty(field.Name))
                    .Where(v => v.ValueKind != JsonValueKind.Null).Select(v => Literal(v, isEnum))) + "]"
                : Literal(value, isEnum);
            conditions.Add($"{field.Name}: {{ {operation}: {literal} }}");
        }

        if (conditions.Count > 0)
        {
            text.Append(", where: { ").Append(string.Join(", ", conditions)).Append(" }");
        }

        return text.ToString();
    }

    private static string Literal(JsonElement value, bool isEnum) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.String when isEnum => value.GetString()!,
        _ => value.GetRawText(),
    };

    private static IInputObjectGraphType? Operations(FieldType field) =>
        field.ResolvedType!.Named() is IInputObjectGraphType { Name: var name } input && name.EndsWith("OperationFilterInput", StringComparison.Ordinal) ? input : null;

    private static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType n ? Unwrap(n.ResolvedType!) : type;
}

internal static class GraphTypeNames
{
    /// <summary>The named type inside any list and non-null wrappers.</summary>
    public static IGraphType Named(this IGraphType type) => type switch
    {
        NonNullGraphType n => n.ResolvedType!.Named(),
        ListGraphType l => l.ResolvedType!.Named(),
        _ => type,
    };
}
