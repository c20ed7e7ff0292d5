using System.Diagnostics;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// Every query field the schema has, its arguments filled with the caller's own ids and with ids of rows they may not
/// see (and each member of its enums), everything selected two levels deep: nothing of a hidden row appears in the
/// answer, errors included, and no answer is a server error.
/// </summary>
public sealed class ScopeWalkTests(ScopeFixture fixture, ITestOutputHelper output) : IClassFixture<ScopeFixture>
{
    private const int RootPageSize = 50;
    private const int Depth = 2;

    /// <summary>Set <c>PMOGRAPH_SCOPE_TRACE=1</c> to see every request's answer.</summary>
    private static bool Trace => Environment.GetEnvironmentVariable("PMOGRAPH_SCOPE_TRACE") == "1";

    public static TheoryData<string> Roles => [.. ScopeFixture.Roles];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryQueryField_AsRole_AnswersNothingOutsideTheCallersScope(string role)
    {
        var caller = fixture.CallerFor(role);
        var scanner = new LeakScanner(caller, fixture.Entities);
        var client = fixture.ClientFor(caller);
        var documents = fixture.Documents.Fresh();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        output.WriteLine($"{caller}: {caller.HiddenRows.Count} hidden rows, {caller.HiddenNames.Count} hidden names, {caller.HiddenAmounts.Count} hidden amounts");

        foreach (var field in fixture.Schema.Query.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (documents.Refused.Contains("Query." + field.Name))
            {
                continue;
            }

            foreach (var fill in Fills(caller, field))
            {
                // A viewer's document naming a sensitive field is refused whole; learn the refused fields and write it again.
                for (var attempt = 0; ; attempt++)
                {
                    if (documents.Arguments(field, fill, root: true) is not { } args)
                    {
                        failures.Add($"{field.Name}: the walk cannot fill its arguments");
                        break;
                    }

                    var rows = fixture.Schema[field.Type.NamedType].IsLeaf ? "" : documents.Selection(field.Type.NamedType, Depth, fill);
                    var queries = new List<(string Label, string Query)> { (fill.Label, "{ " + field.Name + args + (rows.Length == 0 ? "" : " { " + rows + " }") + " }") };
                    queries.AddRange(documents.Collections(field, Depth - 1, fill)
                        .Select(c => ($"{fill.Label}, {c.Name}", "{ " + field.Name + args + " { " + c.Selection + " } }")));
                    var learnt = false;
                    foreach (var (label, query) in queries)
                    {
                        var exchange = await GraphQLExchange.PostAsync(client, query);
                        sent++;
                        if (attempt < 200 && RefusedFields(exchange) is { Count: > 0 } refused && refused.Any(documents.Refused.Add))
                        {
                            learnt = true;
                            continue;
                        }

                        Check(field.Name + args, label, exchange, scanner, failures);
                    }

                    if (!learnt || documents.Refused.Contains("Query." + field.Name))
                    {
                        break;
                    }
                }
            }
        }

        output.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:F1} s, {failures.Count} failing");
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"As {caller}, {failures.Count} answers show rows outside the caller's scope or fail:\n" + string.Join("\n", failures.Take(40)));
    }

    private void Check(string call, string label, GraphQLExchange exchange, LeakScanner scanner, List<string> failures)
    {
        if (Trace)
        {
            output.WriteLine($"{call} [{label}] {exchange.Elapsed.TotalMilliseconds:F0} ms: {GraphQLExchange.Shorten(exchange.Body, 600)}");
        }

        var problems = new List<string>();
        if (exchange.IsServerError)
        {
            problems.Add($"server error (HTTP {exchange.Status}, codes {string.Join(",", exchange.ErrorCodes.Distinct())})");
        }

        if (exchange.RequestErrors.Count > 0)
        {
            // A document refused as a whole reads nothing: the walk itself must be fixed, or it proves nothing.
            problems.Add("the walk's document was refused: " + string.Join("; ", exchange.RequestErrors.Distinct()));
        }

        if (exchange.Json is { } json)
        {
            problems.AddRange(scanner.Scan(json).Take(5));
        }

        if (problems.Count > 0)
        {
            failures.Add($"{call} [{label}]:\n    " + string.Join("\n    ", problems)
                + "\n    query: " + GraphQLExchange.Shorten(exchange.Query, 300)
                + "\n    answer: " + GraphQLExchange.Shorten(exchange.Body, 300));
        }
    }

    /// <summary>
    /// The fields a document was refused for by the sensitive-field rule (<c>AUTH_NOT_AUTHORIZED</c>, naming
    /// <c>'Type.field'</c>), when that is its only reason to be refused; otherwise none.
    /// </summary>
    private static List<string> RefusedFields(GraphQLExchange exchange)
    {
        if (exchange.RequestErrors.Count == 0 || exchange.ErrorCodes.Any(c => c != "AUTH_NOT_AUTHORIZED"))
        {
            return [];
        }

        return [.. exchange.RequestErrors.SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m, @"'([A-Za-z_]+\.[A-Za-z_]+)'"))
            .Select(m => m.Groups[1].Value)
            .Where(f => !f.EndsWith(".__typename", StringComparison.Ordinal))];
    }

    /// <summary>The caller's own ids, then hidden ids (when the field takes any), for each member of the field's enums.</summary>
    private IEnumerable<ArgumentFill> Fills(CallerScope caller, FieldDef field)
    {
        var date = fixture.Store.Dates[fixture.Store.Dates.Count / 2];
        var enumCount = field.Args.Select(a => fixture.Schema[a.Type.NamedType]).Where(t => t.Kind == "ENUM").Select(t => t.EnumValues.Count).DefaultIfEmpty(1).Max();
        var takesIds = field.Args.Any(a => DocumentBuilder.IsIdName(a.Name) || fixture.Schema[a.Type.NamedType].Kind == "INPUT_OBJECT" && a.Name != "where" && a.Name != "order" && a.Name != "groupBy");
        for (var choice = 0; choice < enumCount; choice++)
        {
            yield return new ArgumentFill(entity => Visible(caller, entity), choice, date, RootPageSize) { Label = $"own ids, enum #{choice}" };
            if (takesIds && caller.HiddenRows.Count > 0)
            {
                yield return new ArgumentFill(entity => Hidden(caller, entity), choice, date, RootPageSize) { Label = $"hidden ids, enum #{choice}" };
            }
        }
    }

    private static IReadOnlyList<int> Visible(CallerScope caller, string? entity) =>
        caller.VisibleIds.TryGetValue(entity ?? "Project", out var ids) ? [.. ids.Order().Take(2)] : [];

    /// <summary>A hidden row's id first (so a single id is hidden), then one of the caller's own, for lists.</summary>
    private static IReadOnlyList<int> Hidden(CallerScope caller, string? entity)
    {
        var name = entity ?? "Project";
        var hidden = caller.AHidden(name);
        return hidden is null ? Visible(caller, name) : [hidden.Id, .. Visible(caller, name)];
    }
}
