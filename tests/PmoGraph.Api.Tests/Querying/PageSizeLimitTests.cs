using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>
/// A page past the maximum (50) or a negative one is answered with the paging error and the allowed number while the
/// document is validated: before any SQL, and before the cost rule, which would otherwise count the page the client
/// asked for and answer QUERY_TOO_COMPLEX. Genuinely costly documents still get the cost error.
/// </summary>
public sealed class PageSizeLimitTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string Costly =
        "projects(first: 50) { nodes { id "
        + "risks(first: 50) { nodes { id title status exposure } } "
        + "milestones(first: 50) { nodes { id name } } "
        + "issues(first: 50) { nodes { id title status priority } } } }";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    // Root connections and the offset-paged lists.
    [InlineData("{ projects(first: 2147483647) { totalCount nodes { id } } }", 2147483647)]
    [InlineData("{ projects(first: 51) { nodes { id } } }", 51)]
    [InlineData("{ projects(last: 2147483647) { nodes { id } } }", 2147483647)]
    [InlineData("{ risks(last: 51, order: [{ title: ASC }]) { nodes { id } } }", 51)]
    [InlineData("{ financialLines(take: 2147483647) { items { id } } }", 2147483647)]
    [InlineData("{ auditEntries(skip: 10, take: 51) { items { id } } }", 51)]
    // Nested connections.
    [InlineData("{ projects(first: 5) { nodes { risks(first: 2147483647) { nodes { id } } } } }", 2147483647)]
    [InlineData("{ projects(first: 50) { nodes { milestones(last: 51) { totalCount nodes { id } } } } }", 51)]
    [InlineData("{ programs { nodes { projects(first: 2) { nodes { risks(first: 1000) { nodes { id } } } } } } }", 1000)]
    [InlineData("{ project(id: 1) { issues(first: 2147483647) { nodes { id } } } }", 2147483647)]
    // Past the maximum inside a document that is also too costly: the page is the answer.
    [InlineData("{ " + Costly + " other: projects(first: 2147483647) { nodes { id } } }", 2147483647)]
    [InlineData("{ projects(first: 50) { nodes { id risks(first: 50) { nodes { id title status exposure } } milestones(first: 50) { nodes { id name } } issues(first: 51) { nodes { id title status priority } } } } }", 51)]
    public async Task Query_PagePastTheMaximum_IsPageSizeExceededWithTheAllowedNumberAndNoSql(string query, int requested)
    {
        var error = await AssertRejectedAsync(query, "PAGE_SIZE_EXCEEDED");

        Assert.Equal($"A page can hold at most 50 items; {requested} were requested.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{ projects(first: -1) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ projects(first: 3) { nodes { risks(last: -1) { nodes { id } } } } }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ financialLines(take: -1) { items { id } } }", "INVALID_OFFSET_PAGING")]
    [InlineData("{ financialLines(skip: -1) { items { id } } }", "INVALID_OFFSET_PAGING")]
    [InlineData("{ " + Costly + " other: projects(last: -2147483648) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS")]
    public async Task Query_NegativePage_IsAPagingErrorAndNoSql(string query, string code)
    {
        await AssertRejectedAsync(query, code);
    }

    [Theory]
    [InlineData("query($n: Int) { projects(first: $n) { nodes { id } } }", 2147483647)]
    [InlineData("query($n: Int) { projects(first: 2) { nodes { risks(last: $n) { nodes { id } } } } }", 51)]
    [InlineData("query($n: Int) { financialLines(take: $n) { items { id } } }", 1000)]
    public async Task Query_PagePastTheMaximumInAVariable_IsPageSizeExceededAndNoSql(string query, int requested)
    {
        factory.SqlCommands.Reset();

        var response = await _client.QueryAsync(query, new { n = requested });

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes());
        Assert.Equal(
            $"A page can hold at most 50 items; {requested} were requested.",
            response.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, factory.SqlCommands.Count);
    }

    [Fact]
    public async Task Query_CostlyWithPagesWithinTheMaximum_IsStillTooComplex()
    {
        // 2 + 50 projects x (1 + (2 + 50 x 4) + (2 + 50 x 2) + (2 + 50 x 4)) = 25352, past the default cost limit of 20000.
        await AssertRejectedAsync("{ " + Costly + " }", "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task Query_PageAtTheMaximum_IsAnswered()
    {
        var projects = (await _client.DataAsync("{ projects(first: 50) { nodes { id risks(last: 50) { totalCount } } } }"))
            .GetProperty("projects").GetProperty("nodes");

        Assert.Equal(50, projects.GetArrayLength());
    }

    private async Task<JsonElement> AssertRejectedAsync(string query, string code)
    {
        factory.SqlCommands.Reset();

        var response = await _client.QueryAsync(query);

        Assert.Equal([code], response.ErrorCodes());
        Assert.True(!response.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, response.ToString());
        Assert.True(factory.SqlCommands.Count == 0, $"{query} sent SQL:\n{string.Join("\n", factory.SqlCommands.Texts)}");
        return response.GetProperty("errors")[0];
    }
}
