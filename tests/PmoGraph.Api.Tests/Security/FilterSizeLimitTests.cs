using System.Globalization;
using System.Net;
using PmoGraph.Api.Tests.GraphQL;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// <c>Filtering:MaxNodes</c> bounds the <c>where</c>, <c>order</c> and <c>groupBy</c> arguments of a request as a whole,
/// literal or variable, before any expression is built: past it the request is refused with <c>FILTER_TOO_COMPLEX</c>
/// (issue 16, finding 1: an 8,000-item <c>or</c> killed the process, 1,000 to 6,000 items were 500s); within it the
/// filter is applied exactly.
/// </summary>
public sealed class FilterSizeLimitTests(PmoApiFactory api, ITestOutputHelper output) : IClassFixture<PmoApiFactory>
{
    /// <summary>The shipped default of <c>Filtering:MaxNodes</c>.</summary>
    private const int MaxNodes = 250;

    private const string Count = "query($w: ProjectFilterInput) { projects(where: $w) { totalCount } }";

    [Theory]
    [InlineData(1_000, false)]
    [InlineData(6_000, false)]
    [InlineData(8_000, false)]
    [InlineData(8_000, true)]
    public async Task Where_OrOfThousandsOfItems_IsRefusedWithACodeBeforeExecution_AndTheServerStaysUp(int items, bool literal)
    {
        var client = api.CreateClient();
        var where = new Dictionary<string, object?>
        {
            ["or"] = Enumerable.Range(0, items).Select(i => (object?)RandomFilter.Id("eq", i)).ToList(),
        };

        var refused = literal
            ? await client.QueryAsync("{ projects(where: " + RandomFilter.Literal(where) + ") { totalCount } }")
            : await client.QueryAsync(Count, new { w = where });
        var after = await client.DataAsync("{ projects(where: { id: { eq: 1 } }) { totalCount } }");

        Assert.Equal(["FILTER_TOO_COMPLEX"], refused.ErrorCodes());
        Assert.False(refused.TryGetProperty("data", out _), "refused before execution");
        Assert.Equal(1, after.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Where_RandomAndOrShapes_WithinTheBudget_FilterExactly_PastIt_AreRefused()
    {
        var seed = Seed();
        var random = new Random(seed);
        var client = api.CreateClient();
        var ids = await ProjectIdsAsync(client);
        for (var i = 0; i < 40; i++)
        {
            var filter = RandomFilter.Generate(random, random.Next(1, 2 * MaxNodes), depth: random.Next(1, 10));
            var nodes = RandomFilter.Nodes(new Dictionary<string, object?> { ["where"] = filter }) - 1;
            var literal = random.Next(2) == 0;
            var because = $"seed {seed}, case {i}, {nodes} nodes, {(literal ? "literal" : "variable")}: {RandomFilter.Describe(filter)}";

            var response = literal
                ? await client.QueryAsync("{ projects(where: " + RandomFilter.Literal(filter) + ") { totalCount } }")
                : await client.QueryAsync(Count, new { w = filter });

            if (nodes > MaxNodes)
            {
                Assert.True(response.TryGetProperty("errors", out _), because);
                Assert.Equal(["FILTER_TOO_COMPLEX"], response.ErrorCodes());
            }
            else
            {
                Assert.False(response.TryGetProperty("errors", out var errors), because + " " + errors);
                var expected = ids.Count(id => RandomFilter.Matches(filter, id));
                Assert.True(expected == response.GetProperty("data").GetProperty("projects").GetProperty("totalCount").GetInt32(), because);
            }
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(24)]
    public async Task Where_DeepAndOrNesting_WithinTheBudget_FiltersExactly_WideAtEveryLevel_IsRefused(int depth)
    {
        var client = api.CreateClient();
        var ids = await ProjectIdsAsync(client);
        var deep = RandomFilter.Nested(depth, RandomFilter.Id("lte", 10));
        var wide = RandomFilter.Id("lte", 10);
        for (var level = 0; level < depth; level++)
        {
            wide = new Dictionary<string, object?> { [level % 2 == 0 ? "and" : "or"] = Enumerable.Repeat<object?>(wide, 1).Concat(Enumerable.Range(0, 5).Select(n => (object?)RandomFilter.Id("neq", n))).ToList() };
        }

        var accepted = await client.DataAsync(Count, new { w = deep });
        var refused = await client.QueryAsync(Count, new { w = wide });
        var refusedLiteral = await client.QueryAsync("{ projects(where: " + RandomFilter.Literal(wide) + ") { totalCount } }");

        Assert.Equal(ids.Count(id => id <= 10), accepted.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.Equal(["FILTER_TOO_COMPLEX"], refused.ErrorCodes());
        Assert.Equal(["FILTER_TOO_COMPLEX"], refusedLiteral.ErrorCodes());
    }

    [Fact]
    public async Task Where_NestedPastTheJsonDepth_IsACodedClientError_NeverA500()
    {
        var client = api.CreateClient();
        // Written by hand: the serializer itself refuses to nest this deep.
        var deep = string.Concat(Enumerable.Repeat("{\"and\":[", 200)) + "{\"id\":{\"eq\":1}}" + string.Concat(Enumerable.Repeat("]}", 200));
        var json = "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(Count) + ",\"variables\":{\"w\":" + deep + "}}";

        var response = await client.PostGraphQLAsync(GraphQLHttp.JsonBody(json), GraphQLHttp.GraphQLResponseJson);
        var after = await client.DataAsync("{ projects(where: { id: { eq: 1 } }) { totalCount } }");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{response.StatusCode}: {body}");
        Assert.Contains("\"code\"", body, StringComparison.Ordinal);
        Assert.Equal(1, after.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Order_PastTheBudget_IsRefused_AtIt_Accepted()
    {
        var client = api.CreateClient();
        static List<object?> Keys(int count) => [.. Enumerable.Range(0, count).Select(i => (object?)new Dictionary<string, object?> { [i % 2 == 0 ? "name" : "code"] = "ASC" })];
        const string Query = "query($o: [ProjectSortInput!]) { projects(first: 1, order: $o) { nodes { id } } }";

        // Each key is an object in a list (1) holding one field (1).
        var at = await client.QueryAsync(Query, new { o = Keys(MaxNodes / 2) });
        var past = await client.QueryAsync(Query, new { o = Keys((MaxNodes / 2) + 1) });

        Assert.DoesNotContain("FILTER_TOO_COMPLEX", at.TryGetProperty("errors", out _) ? at.ErrorCodes() : []);
        Assert.Equal(["FILTER_TOO_COMPLEX"], past.ErrorCodes());
    }

    [Fact]
    public async Task Arguments_OfTheWholeRequest_ShareOneBudget()
    {
        var client = api.CreateClient();
        var half = new Dictionary<string, object?>
        {
            ["or"] = Enumerable.Range(0, (MaxNodes / 4) + 1).Select(i => (object?)RandomFilter.Id("eq", i)).ToList(),
        };
        const string Two = "query($a: ProjectFilterInput, $b: ProjectFilterInput) { a: projects(where: $a) { totalCount } b: projects(where: $b) { totalCount } }";

        var one = await client.DataAsync(Count, new { w = half });
        var both = await client.QueryAsync(Two, new { a = half, b = half });

        Assert.True(one.GetProperty("projects").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(["FILTER_TOO_COMPLEX"], both.ErrorCodes());
    }

    private int Seed() => TestSeed.From("PMOGRAPH_TEST_SEED", output);

    private static async Task<List<int>> ProjectIdsAsync(HttpClient client)
    {
        var ids = new List<int>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(
                "query($after: String) { projects(first: 50, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after })).GetProperty("projects");
            ids.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.NotEmpty(ids);
        return ids;
    }
}
