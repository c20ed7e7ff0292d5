using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmoGraph.Schema.Authorization;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// A filter that names a row the caller may not see answers exactly what the same filter naming a row that does not
/// exist answers: through every root field's <c>where</c>, every reference and every list navigation
/// (<c>some</c>, <c>none</c>, <c>all</c>) the filter inputs have, by id, by code or name, and by amount
/// (<c>budgetAtCompletion: { gte: X }</c> beside the id, and an amount only that hidden row holds).
/// </summary>
public sealed class FilterOracleTests(ScopeFixture fixture, ITestOutputHelper output) : IClassFixture<ScopeFixture>
{
    private const string FilterSuffix = "FilterInput";
    private const string ListPrefix = "ListFilterInputTypeOf";

    public static TheoryData<string> Managers => [PmoRoles.PortfolioManager, PmoRoles.ProjectManager];

    [Theory]
    [MemberData(nameof(Managers))]
    public async Task FilterNamingAHiddenRow_AsManager_AnswersAsForAMissingRow(string role)
    {
        var caller = fixture.CallerFor(role);
        var client = fixture.ClientFor(caller);
        var failures = new List<string>();
        var sent = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var field in fixture.Schema.Query.Fields.Where(f => f.Args.Any(a => a.Name == "where")))
        {
            var filterType = field.Args.First(a => a.Name == "where").Type.NamedType;
            var answer = AnswerSelection(field);
            foreach (var (path, hidden, missing) in Pairs(caller, filterType, depth: 0))
            {
                var query = $"query($a: {filterType}, $b: {filterType}) {{ a: {field.Name}(where: $a) {{ {answer} }} b: {field.Name}(where: $b) {{ {answer} }} }}";
                var exchange = await GraphQLExchange.PostAsync(client, query, new JsonObject { ["a"] = hidden.DeepClone(), ["b"] = missing.DeepClone() });
                sent++;
                if (Difference(exchange) is { } difference)
                {
                    failures.Add($"{field.Name}(where: {hidden.ToJsonString()}) [{path}]: {difference}\n    vs (where: {missing.ToJsonString()})");
                }
            }
        }

        output.WriteLine($"{caller}: {sent} filter pairs in {clock.Elapsed.TotalSeconds:F1} s, {failures.Count} differ");
        failures.ForEach(output.WriteLine);
        Assert.True(sent > 0, "the schema has filters that reach row-ruled entities");
        Assert.True(failures.Count == 0, $"As {caller}, {failures.Count} filters naming a hidden row answer differently from the same filter naming a missing row:\n"
            + string.Join("\n", failures.Take(40)));
    }

    /// <summary>What tells two filters apart: the count and the ids of the rows they keep.</summary>
    private string AnswerSelection(FieldDef field)
    {
        var type = fixture.Schema[field.Type.NamedType];
        var parts = new List<string>();
        foreach (var name in new[] { "totalCount", "count" })
        {
            if (type.Field(name) is not null)
            {
                parts.Add(name);
            }
        }

        if (type.Fields.FirstOrDefault(f => f.Name is "nodes" or "items") is { } rows && fixture.Schema[rows.Type.NamedType].Field("id") is not null)
        {
            parts.Add(rows.Name + " { id }");
        }

        return parts.Count == 0 ? "__typename" : string.Join(" ", parts);
    }

    /// <summary>The two answers' difference, or null when they are the same (an error names its alias: compared without it).</summary>
    private static string? Difference(GraphQLExchange exchange)
    {
        if (exchange.Json is not { ValueKind: JsonValueKind.Object } json)
        {
            return $"HTTP {exchange.Status}, not JSON: {GraphQLExchange.Shorten(exchange.Body)}";
        }

        if (exchange.RequestErrors.Count > 0 || exchange.IsServerError)
        {
            return $"refused or failed as a whole: {GraphQLExchange.Shorten(exchange.Body)}";
        }

        var data = json.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var a = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("a", out var av) ? av.GetRawText() : "(none)";
        var b = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("b", out var bv) ? bv.GetRawText() : "(none)";
        var errors = json.TryGetProperty("errors", out var e) ? e.EnumerateArray().ToList() : [];
        string Errors(string alias) => string.Join("; ", errors
            .Where(x => x.TryGetProperty("path", out var p) && p.GetArrayLength() > 0 && p[0].GetString() == alias)
            .Select(x => x.GetProperty("message").GetString()));
        var (errorsA, errorsB) = (Errors("a"), Errors("b"));
        return a == b && errorsA == errorsB ? null : $"hidden: {GraphQLExchange.Shorten(a + " " + errorsA, 200)} | missing: {GraphQLExchange.Shorten(b + " " + errorsB, 200)}";
    }

    /// <summary>
    /// (path, filter naming a hidden row, the same filter naming a missing one) over <paramref name="filterType"/>: on
    /// its own entity when that is row-ruled, and through each navigation to another entity's filter (two hops from a
    /// shared entity, one from a row-ruled one, which is where its own scope ends).
    /// </summary>
    private IEnumerable<(string Path, JsonObject Hidden, JsonObject Missing)> Pairs(CallerScope caller, string filterType, int depth)
    {
        var filter = fixture.Schema[filterType];
        var entity = filterType.EndsWith(FilterSuffix, StringComparison.Ordinal) ? filterType[..^FilterSuffix.Length] : filterType;
        var ruled = fixture.Store.RowRuled.Contains(entity);
        if (ruled && caller.AHidden(entity) is { } row)
        {
            foreach (var pair in OnRow(caller, filter, entity, row))
            {
                yield return pair;
            }
        }

        if (depth >= 2 || (ruled && depth >= 1))
        {
            yield break;
        }

        foreach (var navigation in filter.InputFields.Where(f => f.Name is not ("and" or "or" or "not")))
        {
            var target = navigation.Type.NamedType;
            if (target.StartsWith(ListPrefix, StringComparison.Ordinal))
            {
                var element = target[ListPrefix.Length..];
                foreach (var (path, hidden, missing) in Pairs(caller, element, depth + 1))
                {
                    var quantifiers = path.EndsWith("id", StringComparison.Ordinal) ? new[] { "some", "none", "all" } : ["some"];
                    foreach (var quantifier in quantifiers)
                    {
                        yield return ($"{navigation.Name}.{quantifier}.{path}", Wrap(navigation.Name, quantifier, hidden), Wrap(navigation.Name, quantifier, missing));
                    }
                }
            }
            else if (target.EndsWith(FilterSuffix, StringComparison.Ordinal) && !target.EndsWith("OperationFilterInput", StringComparison.Ordinal)
                && fixture.Schema.Types.TryGetValue(target, out var t) && t.InputField("id") is not null)
            {
                foreach (var (path, hidden, missing) in Pairs(caller, target, depth + 1))
                {
                    yield return ($"{navigation.Name}.{path}", new JsonObject { [navigation.Name] = hidden.DeepClone() }, new JsonObject { [navigation.Name] = missing.DeepClone() });
                }
            }
        }
    }

    /// <summary>Filters on one hidden row of <paramref name="entity"/>: its id, its codes and names, its amounts.</summary>
    private static IEnumerable<(string Path, JsonObject Hidden, JsonObject Missing)> OnRow(CallerScope caller, TypeDef filter, string entity, StoredRow row)
    {
        yield return ("id", Eq("id", row.Id), Eq("id", CallerScope.MissingId));
        foreach (var (property, text) in row.Texts)
        {
            var field = Camel(property);
            if (filter.InputField(field) is not null && !caller.SeenRows.Any(r => r.Entity == entity && r.Texts.GetValueOrDefault(property) == text))
            {
                yield return (field, Eq(field, text), Eq(field, CallerScope.MissingName));
            }
        }

        foreach (var (property, amount) in row.Numbers.Take(3))
        {
            var field = Camel(property);
            if (filter.InputField(field) is null)
            {
                continue;
            }

            var idAnd = (JsonObject hidden, JsonObject missing) => (
                new JsonObject { ["id"] = new JsonObject { ["eq"] = row.Id }, [field] = hidden },
                new JsonObject { ["id"] = new JsonObject { ["eq"] = CallerScope.MissingId }, [field] = missing });
            var (gteHidden, gteMissing) = idAnd(new JsonObject { ["gte"] = amount }, new JsonObject { ["gte"] = amount });
            yield return ($"id+{field}.gte", gteHidden, gteMissing);
            if (!caller.SeenRows.Any(r => r.Entity == entity && r.Numbers.TryGetValue(property, out var seen) && seen == amount))
            {
                yield return ($"{field}.eq", Eq(field, amount), Eq(field, CallerScope.MissingAmount));
            }
        }
    }

    private static JsonObject Eq(string field, JsonNode value) => new() { [field] = new JsonObject { ["eq"] = value } };

    private static JsonObject Wrap(string navigation, string quantifier, JsonObject inner) => new() { [navigation] = new JsonObject { [quantifier] = inner.DeepClone() } };

    private static string Camel(string pascal) => char.ToLower(pascal[0], CultureInfo.InvariantCulture) + pascal[1..];
}
