using System.Text;
using System.Xml.Linq;
using PmoGraph.Api.Tests.Security.Scope;
using PmoGraph.Schema.Authorization;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Security.Fuzz;

/// <summary>
/// Random GraphQL documents built from the schema (nesting, aliases, fragments, lists, extreme scalars, wrong types)
/// and OData URLs built from <c>$metadata</c>, sent as every role, no role and no token: no 5xx, no stack or SQL text in
/// any body, the process still answering, and for managers nothing outside their scope. The seed is printed; replay with
/// <c>PMOGRAPH_FUZZ_SEED</c>, size with <c>PMOGRAPH_FUZZ_CASES</c>.
/// </summary>
public sealed class FuzzTests(ScopeFixture fixture, ITestOutputHelper output) : IClassFixture<ScopeFixture>
{
    private static readonly string[] Leaks = ["   at ", "Exception", "SELECT ", "SQLite Error", "Npgsql", "StackTrace", "FROM \""];

    [Fact]
    public async Task RandomRequests_AsEveryRole_NeverFailOrLeak()
    {
        var seed = TestSeed.From("PMOGRAPH_FUZZ_SEED", output);
        var cases = int.TryParse(Environment.GetEnvironmentVariable("PMOGRAPH_FUZZ_CASES"), out var c) ? c : 3000;
        output.WriteLine($"PMOGRAPH_FUZZ_SEED={seed} PMOGRAPH_FUZZ_CASES={cases}");
        var random = new Random(seed);
        var callers = new List<(string Name, HttpClient Client, LeakScanner? Scanner)>();
        foreach (var role in PmoRoles.All)
        {
            var scope = role is PmoRoles.PortfolioManager or PmoRoles.ProjectManager ? fixture.CallerFor(role) : null;
            callers.Add((role, fixture.Api.CreateClientFor(role, scope?.Subject ?? "fuzz." + role), scope is null ? null : new LeakScanner(scope, fixture.Entities)));
        }

        callers.Add(("unknown-role", fixture.Api.CreateClientFor("superuser", "fuzz.unknown"), null));
        callers.Add(("no-token", fixture.Api.CreateAnonymousClient(), null));
        var metadata = XDocument.Parse(await fixture.Api.CreateClient().GetStringAsync("/odata/$metadata"));
        var types = metadata.Descendants().Where(e => e.Name.LocalName == "EntityType").ToDictionary(
            e => e.Attribute("Name")!.Value,
            e => e.Elements().Where(p => p.Name.LocalName == "Property").Select(p => (Name: p.Attribute("Name")!.Value, Type: p.Attribute("Type")!.Value)).ToList());
        var entitySets = metadata.Descendants().Where(e => e.Name.LocalName == "EntitySet")
            .Select(e => (Name: e.Attribute("Name")!.Value, Columns: types.GetValueOrDefault(e.Attribute("EntityType")!.Value.Split('.')[^1]) ?? [])).ToList();
        var generator = new GraphQLCaseGenerator(fixture.Schema, random);
        var failures = new List<string>();
        for (var i = 0; i < cases && failures.Count < 50; i++)
        {
            var (name, client, scanner) = callers[random.Next(callers.Count)];
            string request;
            string body;
            int status;
            if (random.Next(4) == 0 && entitySets.Count > 0)
            {
                request = "GET " + ODataUrl(random, entitySets[random.Next(entitySets.Count)]);
                using var response = await client.GetAsync(request[4..]);
                body = await response.Content.ReadAsStringAsync();
                status = (int)response.StatusCode;
            }
            else
            {
                var (query, variables) = generator.Next();
                var exchange = await GraphQLExchange.PostAsync(client, query, variables);
                request = exchange.Reproduction;
                body = exchange.Body;
                status = exchange.IsServerError ? Math.Max(500, exchange.Status) : exchange.Status;
                if (scanner is not null && exchange.Json is { } json && scanner.Scan(json) is [var leak, ..])
                {
                    failures.Add($"#{i} as {name}: outside the caller's scope: {leak}\n    {GraphQLExchange.Shorten(request, 600)}");
                }
            }

            if (status >= 500)
            {
                failures.Add($"#{i} as {name}: HTTP {status} {GraphQLExchange.Shorten(body, 200)}\n    {GraphQLExchange.Shorten(request, 600)}");
            }

            if (Leaks.FirstOrDefault(l => body.Contains(l, StringComparison.Ordinal)) is { } text)
            {
                failures.Add($"#{i} as {name}: body contains \"{text}\": {GraphQLExchange.Shorten(body, 200)}\n    {GraphQLExchange.Shorten(request, 600)}");
            }

            if (status >= 500 && !await AliveAsync())
            {
                failures.Add($"#{i} as {name}: the service stopped answering after this case");
                break;
            }
        }

        Assert.True(await AliveAsync(), $"the service answers after the fuzz run (seed {seed})");
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"PMOGRAPH_FUZZ_SEED={seed}: {failures.Count} failing cases:\n" + string.Join("\n", failures.Take(30)));
    }

    private async Task<bool> AliveAsync()
    {
        try
        {
            var answer = await GraphQLExchange.PostAsync(fixture.Api.CreateClient(), "{ __typename }");
            return answer.Status == 200;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static string ODataUrl(Random random, (string Name, List<(string Name, string Type)> Columns) set)
    {
        var query = new List<string>();
        var column = () => set.Columns.Count == 0 ? "x" : set.Columns[random.Next(set.Columns.Count)].Name;
        if (random.Next(2) == 0)
        {
            string[] ops = ["eq", "ne", "gt", "ge", "lt", "le"];
            string[] literals = ["1", "-1", "0", "1.5", "99999999999999999999999", "'x'", "''", "null", "true", "2026-01-01", "'\u00e9\u4e2d\ud83d\ude00'", "'" + new string('a', 3000) + "'", "-9223372036854775809"];
            var filter = $"{column()} {ops[random.Next(ops.Length)]} {literals[random.Next(literals.Length)]}";
            filter = random.Next(4) switch
            {
                0 => $"tolower({column()}) eq 'a'",
                1 => $"({filter}) and not ({column()} {ops[random.Next(ops.Length)]} {literals[random.Next(literals.Length)]})",
                2 => $"contains({column()}, 'a') or startswith({column()}, '{literals[random.Next(literals.Length)].Trim('\'')}')",
                _ => filter,
            };
            query.Add("$filter=" + Uri.EscapeDataString(filter));
        }

        if (random.Next(2) == 0)
        {
            query.Add("$orderby=" + Uri.EscapeDataString(column() + (random.Next(2) == 0 ? " desc" : " asc")));
        }

        if (random.Next(2) == 0)
        {
            query.Add("$select=" + Uri.EscapeDataString(column() + "," + column()));
        }

        string[] numbers = ["0", "1", "-1", "5", "2147483648", "abc", "99999999999"];
        if (random.Next(2) == 0)
        {
            query.Add("$top=" + numbers[random.Next(numbers.Length)]);
        }

        if (random.Next(3) == 0)
        {
            query.Add("$skip=" + numbers[random.Next(numbers.Length)]);
        }

        if (random.Next(4) == 0)
        {
            query.Add("$count=true");
        }

        var url = new StringBuilder("/odata/").Append(set.Name);
        return query.Count == 0 ? url.ToString() : url.Append('?').Append(string.Join("&", query)).ToString();
    }
}
