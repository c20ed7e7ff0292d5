using System.Text.Json;

namespace PmoGraph.Api.Tests.Queries;

public sealed class ConnectionPagingTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> PageAsync(string arguments) =>
        (await _client.DataAsync($"{{ projects{(arguments.Length > 0 ? $"({arguments})" : "")} {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ id }} }} nodes {{ id }} }} }}"))
        .GetProperty("projects");

    private static List<int> Ids(JsonElement page) => [.. page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];

    [Fact]
    public async Task Projects_NoArguments_ReturnsTheDefaultPageOfTen()
    {
        var page = await PageAsync("");

        Assert.Equal(10, Ids(page).Count);
        Assert.Equal(60, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Projects_FollowingEndCursors_VisitsEveryRowOnceInOrder()
    {
        var seen = new List<int>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await PageAsync(after is null ? "first: 25" : $"first: 25, after: \"{after}\"");
            seen.AddRange(Ids(page));
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(60, seen.Count);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(60, seen.Distinct().Count());
    }

    [Fact]
    public async Task Projects_LastBeforeCursor_PagesBackwards()
    {
        var head = await PageAsync("first: 50");
        var all = Ids(head).Concat(Ids(await PageAsync($"first: 10, after: \"{head.GetProperty("pageInfo").GetProperty("endCursor").GetString()}\""))).ToList();
        Assert.Equal(60, all.Count);

        var tail = await PageAsync("last: 5");
        var previous = await PageAsync($"last: 5, before: \"{tail.GetProperty("pageInfo").GetProperty("startCursor").GetString()}\"");

        Assert.Equal(all[^5..], Ids(tail));
        Assert.Equal(all[^10..^5], Ids(previous));
        Assert.False(tail.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(tail.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(previous.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Projects_EdgeCursors_MatchPageInfo()
    {
        var page = await PageAsync("first: 3");
        var edges = page.GetProperty("edges").EnumerateArray().ToList();

        Assert.Equal(page.GetProperty("pageInfo").GetProperty("startCursor").GetString(), edges[0].GetProperty("cursor").GetString());
        Assert.Equal(page.GetProperty("pageInfo").GetProperty("endCursor").GetString(), edges[^1].GetProperty("cursor").GetString());
        Assert.Equal(Ids(page), edges.Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
    }

    [Theory]
    [InlineData("first: 51", "PAGE_SIZE_EXCEEDED")]
    [InlineData("last: 500", "PAGE_SIZE_EXCEEDED")]
    [InlineData("first: -1", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("first: 2, last: 2", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("after: \"not-a-cursor\"", "INVALID_CURSOR")]
    [InlineData("before: \"aGVsbG8\"", "INVALID_CURSOR")]
    public async Task Projects_BadPagingArguments_AreErrorsWithACode(string arguments, string code)
    {
        var response = await _client.QueryAsync($"{{ projects({arguments}) {{ totalCount }} }}");

        Assert.Equal([code], response.ErrorCodes());
        // Page sizes fail validation (no data entry); the rest fail the field (data nulled).
        Assert.True(!response.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, response.ToString());
    }

    [Fact]
    public async Task Projects_PageSizeExceeded_SaysTheAllowedMaximum()
    {
        var response = await _client.QueryAsync("{ projects(first: 51) { totalCount } }");

        var message = response.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("at most 50", message, StringComparison.Ordinal);
    }
}
