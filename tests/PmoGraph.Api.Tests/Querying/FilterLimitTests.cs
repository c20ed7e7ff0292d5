namespace PmoGraph.Api.Tests.Querying;

public sealed class FilterLimitTests : IDisposable
{
    private readonly PmoApiFactory _api = new() { Settings = { ["Filtering:MaxInListLength"] = "3" } };

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Where_InListAtTheLimit_Filters()
    {
        var client = _api.CreateClient();

        var data = await client.DataAsync("""{ projects(where: { code: { in: ["PRJ-0001", "PRJ-0002", "PRJ-0003"] } }) { totalCount } }""");

        Assert.Equal(3, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("""{ code: { in: ["PRJ-0001", "PRJ-0002", "PRJ-0003", "PRJ-0004"] } }""", "where.code.in")]
    [InlineData("""{ or: [{ priority: { nin: [1, 2, 3, 4, 5] } }] }""", "where.or[0].priority.nin")]
    [InlineData("""{ risks: { some: { status: { in: [OPEN, MITIGATING, OCCURRED, CLOSED] } } } }""", "where.risks.some.status.in")]
    public async Task Where_InListPastTheLimit_IsAnErrorNamingTheListAndTheLimit(string where, string path)
    {
        var client = _api.CreateClient();
        _api.SqlCommands.Reset();
        var response = await client.QueryAsync($"{{ projects(where: {where}) {{ totalCount }} }}");

        Assert.Equal(["FILTER_LIST_TOO_LONG"], response.ErrorCodes());
        var message = response.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains($"'{path}'", message, StringComparison.Ordinal);
        Assert.Contains("at most 3", message, StringComparison.Ordinal);
        Assert.Equal(0, _api.SqlCommands.Count);
    }
}
