using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

public sealed class NestedConnectionTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.WithoutCostLimit().CreateClient();

    /// <summary>Every risk of every project, read from the root <c>risks</c> connection, not through the nested field.</summary>
    private async Task<List<(int Id, int ProjectId, decimal Exposure, string Status, string Title)>> AllRisksAsync() =>
        [.. (await _client.AllNodesAsync("risks", "", "id exposure status title project { id }")).Select(n => (
            n.GetProperty("id").GetInt32(),
            n.GetProperty("project").GetProperty("id").GetInt32(),
            n.GetProperty("exposure").GetDecimal(),
            n.GetProperty("status").GetString()!,
            n.GetProperty("title").GetString()!))];

    [Fact]
    public async Task Risks_FirstThreeByExposureDescending_MatchEachProjectsRisksInLinq()
    {
        var risks = await AllRisksAsync();

        var projects = (await _client.DataAsync("""
            { projects(first: 50) { nodes { id risks(first: 3, order: [{ exposure: DESC }]) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id } } } } }
            """)).GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(50, projects.Count);
        Assert.Contains(projects, p => p.GetProperty("risks").GetProperty("totalCount").GetInt32() > 3);
        Assert.All(projects, project =>
        {
            var own = risks.Where(r => r.ProjectId == project.GetProperty("id").GetInt32()).ToList();
            var page = project.GetProperty("risks");
            Assert.Equal(own.OrderByDescending(r => r.Exposure).ThenBy(r => r.Id).Take(3).Select(r => r.Id), page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(own.Count, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(own.Count > 3, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        });
    }

    [Fact]
    public async Task Risks_WhereStatusAndOrderByTitle_FilterEachProjectsRisks()
    {
        var risks = await AllRisksAsync();
        var status = risks.GroupBy(r => r.Status).OrderByDescending(g => g.Count()).First().Key;

        var projects = (await _client.DataAsync($$"""
            { projects(first: 50, order: [{ code: ASC }]) { nodes { id risks(first: 50, where: { status: { eq: {{status}} } }, order: [{ title: DESC }]) { totalCount nodes { id } } } } }
            """)).GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();

        Assert.All(projects, project =>
        {
            var expected = risks.Where(r => r.ProjectId == project.GetProperty("id").GetInt32() && r.Status == status)
                .OrderByDescending(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id).ToList();
            Assert.Equal(expected, project.GetProperty("risks").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(expected.Count, project.GetProperty("risks").GetProperty("totalCount").GetInt32());
        });
    }

    public static TheoryData<string> Orderings => ["", "order: [{ name: ASC }]", "order: [{ budgetAtCompletion: DESC }]", "order: [{ manager: { name: ASC } }, { actualFinish: DESC }]"];

    [Theory]
    [MemberData(nameof(Orderings))]
    public async Task Projects_OfEachProgram_PagedForwardAndBackward_NoRowMissingOrRepeated(string order)
    {
        var programs = (await _client.DataAsync("{ programs(first: 50) { nodes { id projects(first: 50) { totalCount } } } }"))
            .GetProperty("programs").GetProperty("nodes").EnumerateArray()
            .Select(p => (Id: p.GetProperty("id").GetInt32(), Count: p.GetProperty("projects").GetProperty("totalCount").GetInt32())).ToList();
        var whole = await ProgramProjectsAsync(order, "first: 50");

        foreach (var (id, count) in programs)
        {
            var forward = await WalkAsync(id, order, backward: false);
            var backward = await WalkAsync(id, order, backward: true);

            Assert.Equal(count, forward.Count);
            Assert.Equal(count, forward.Distinct().Count());
            Assert.Equal(whole[id], forward);
            Assert.Equal(forward, backward);
        }

        Assert.Equal(60, programs.Sum(p => p.Count));
    }

    [Fact]
    public async Task NestedThreeLevels_AnyDataSize_OneStatement()
    {
        var counts = new List<int>();
        foreach (var size in new[] { 1, 5, 50 })
        {
            var query = $$"""
                { portfolios(first: {{size}}) { nodes { name programs(first: {{size}}) { totalCount nodes { name
                  projects(first: {{size}}, order: [{ name: ASC }]) { nodes { code risks(first: {{size}}) { totalCount nodes { title } } } } } } } } }
                """;
            await _client.DataAsync(query);
            factory.SqlCommands.Reset();
            var data = await _client.DataAsync(query);
            counts.Add(factory.SqlCommands.Count);
            Assert.NotEqual(JsonValueKind.Null, data.GetProperty("portfolios").ValueKind);
        }

        // One projection reads the root page and every nested level (their totalCounts included), whatever the page sizes.
        Assert.Equal([1, 1, 1], counts);
    }

    [Theory]
    // Every argument is checked with the document, before any statement: the root page never runs either.
    [InlineData("risks(first: 51)", "PAGE_SIZE_EXCEEDED")]
    [InlineData("risks(last: 200)", "PAGE_SIZE_EXCEEDED")]
    [InlineData("risks(first: -1)", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("risks(first: 2, last: 2)", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("risks(after: \"bm90IGEgY3Vyc29y\")", "INVALID_CURSOR")]
    [InlineData("risks(where: { exposure: { gt: null } })", "INVALID_FILTER")]
    [InlineData("risksAggregate(where: { exposure: { gt: null } })", "INVALID_FILTER")]
    public async Task Risks_BadNestedArguments_AreErrorsWithACodeBeforeAnySql(string field, string code)
    {
        await _client.DataAsync("{ projects(first: 2) { nodes { id } } }");
        factory.SqlCommands.Reset();

        var selection = field.StartsWith("risksAggregate", StringComparison.Ordinal) ? "{ count }" : "{ nodes { id } }";
        var response = await _client.QueryAsync($"{{ projects(first: 2) {{ nodes {{ id {field} {selection} }} }} }}");

        Assert.Equal([code], response.ErrorCodes());
        Assert.Equal(0, factory.SqlCommands.Count);
    }

    [Fact]
    public async Task Risks_BadNestedArgumentsInVariables_AreErrorsWithACodeBeforeAnySql()
    {
        await _client.DataAsync("{ projects(first: 2) { nodes { id } } }");
        var cursor = (await _client.DataAsync("{ projects(first: 1) { nodes { risks(first: 1) { pageInfo { endCursor } } } } }"))
            .GetProperty("projects").GetProperty("nodes")[0].GetProperty("risks").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        const string Query = """
            query($where: RiskFilterInput, $order: [RiskSortInput!], $after: String, $first: Int, $last: Int) {
              projects(first: 2) { nodes { id risks(where: $where, order: $order, after: $after, first: $first, last: $last) { nodes { id } } } }
            }
            """;
        var tooMany = Enumerable.Range(1, 501).ToArray();
        object?[] cases =
        [
            new { where = new { id = new { @in = tooMany } } },
            new { where = new { exposure = new { lt = (int?)null } } },
            new { order = new[] { new { exposure = "DESC" } }, after = cursor },
            new { first = 1, last = 1 },
        ];
        string[] codes = ["FILTER_LIST_TOO_LONG", "INVALID_FILTER", "INVALID_CURSOR", "INVALID_PAGING_ARGUMENTS"];
        for (var i = 0; i < cases.Length; i++)
        {
            factory.SqlCommands.Reset();
            var response = await _client.QueryAsync(Query, cases[i]);
            Assert.Equal([codes[i]], response.ErrorCodes());
            Assert.Equal(0, factory.SqlCommands.Count);
        }
    }

    private async Task<Dictionary<int, List<int>>> ProgramProjectsAsync(string order, string paging)
    {
        var separator = order.Length > 0 ? ", " : "";
        return (await _client.DataAsync($"{{ programs(first: 50) {{ nodes {{ id projects({paging}{separator}{order}) {{ nodes {{ id }} }} }} }} }}"))
            .GetProperty("programs").GetProperty("nodes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetInt32(), p => p.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList());
    }

    /// <summary>Every project of one program, two per page, following cursors forwards (or backwards, then reversed).</summary>
    private async Task<List<int>> WalkAsync(int programId, string order, bool backward)
    {
        var ids = new List<int>();
        string? cursor = null;
        var separator = order.Length > 0 ? ", " : "";
        do
        {
            var paging = backward
                ? cursor is null ? "last: 2" : $"last: 2, before: \"{cursor}\""
                : cursor is null ? "first: 2" : $"first: 2, after: \"{cursor}\"";
            var page = (await _client.DataAsync($"{{ program(id: {programId}) {{ projects({paging}{separator}{order}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ id }} }} }} }}"))
                .GetProperty("program").GetProperty("projects");
            var nodes = page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();
            var info = page.GetProperty("pageInfo");
            if (backward)
            {
                ids.InsertRange(0, nodes);
                cursor = info.GetProperty("hasPreviousPage").GetBoolean() ? info.GetProperty("startCursor").GetString() : null;
            }
            else
            {
                ids.AddRange(nodes);
                cursor = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            }
        }
        while (cursor is not null);
        return ids;
    }
}
