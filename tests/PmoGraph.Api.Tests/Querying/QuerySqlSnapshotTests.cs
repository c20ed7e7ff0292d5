using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Store;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Risks;
using Snapshooter;
using Snapshooter.Xunit;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>
/// The SQL EF Core sends for representative queries: a change in how the engine queries is a visible diff. Each store
/// has its own snapshots (SQLite's carry no suffix, PostgreSQL's end in <c>_postgres</c>): the dialects differ.
/// </summary>
public sealed class QuerySqlSnapshotTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task NestedThreeLevels_Sql_MatchesSnapshot()
    {
        var sql = await SqlOfAsync("""
            { programs(first: 3, order: [{ name: ASC }]) { nodes { name
                projects(first: 2, where: { stage: { neq: CANCELLED } }, order: [{ budgetAtCompletion: DESC }]) { totalCount nodes { code
                  risks(first: 3, order: [{ exposure: DESC }]) { nodes { title } } } } } } }
            """);

        // One statement: the root page, both nested levels and the nested totalCount (a COUNT subquery) together.
        Assert.Single(sql);
        MatchForStore(sql);
    }

    [Fact]
    public async Task ById_WithReferencesAndNestedPages_Sql_MatchesSnapshot()
    {
        var sql = await SqlOfAsync("""
            { project(id: 7) { code program { name portfolio { name } } manager { name }
                milestones(first: 5) { nodes { name } } risks(first: 3) { nodes { title owner { name } } } } }
            """);

        // One statement. References are plain joins on the target's id; each nested page numbers only the rows of the
        // looked-up project (an IN over the lookup inside its window), not the whole child table.
        var statement = Assert.Single(sql);
        Assert.DoesNotContain("PARTITION BY \"p", statement, StringComparison.Ordinal);
        Assert.InRange(statement.Split("\"ProjectId\" IN (").Length - 1, 2, 3); // milestones, risks (and their rank on SQLite)
        MatchForStore(sql);
    }

    [Fact]
    public async Task FilteredSortedPage_Sql_MatchesSnapshot()
    {
        var sql = await SqlOfAsync("""
            { projects(first: 5, where: { name: { icontains: "a" }, program: { portfolio: { name: { startsWith: "D" } } } },
                       order: [{ manager: { name: ASC } }, { plannedFinish: DESC }]) { nodes { code } } }
            """);

        Assert.Single(sql);
        MatchForStore(sql);
    }

    [Fact]
    public async Task GroupedAggregate_Sql_MatchesSnapshot()
    {
        var sql = await SqlOfAsync("""
            { projectsAggregate(where: { isArchived: { eq: false } }, groupBy: [{ program: { name: true } }, { stage: true }]) {
                groups { key { program { name } stage } count sum { budgetAtCompletion } } } }
            """);

        Assert.Single(sql);
        MatchForStore(sql);
    }

    [Fact]
    public async Task NestedAggregate_Sql_MatchesSnapshot()
    {
        var sql = await SqlOfAsync("""
            { programs(first: 3, order: [{ name: ASC }]) { nodes { name
                projectsAggregate(where: { isArchived: { eq: false } }, groupBy: [{ stage: true }]) {
                  count sum { budgetAtCompletion } groups { key { stage } count avg { priority } } } } } }
            """);

        // The programs page, then one statement for the aggregates of all three, grouped by program and stage.
        Assert.Equal(2, sql.Count);
        MatchForStore(sql);
    }

    [Theory]
    [InlineData("{ programs(first: 3) { nodes { name } } }")]
    [InlineData("{ programs(first: 3) { nodes { name projects(first: 2) { nodes { code } } } } }")]
    [InlineData("{ programs(first: 3) { nodes { name projects(first: 2) { totalCount nodes { code risks(first: 3) { nodes { title } } } } } } }")]
    [InlineData("{ programs(first: 3) { nodes { name projects(first: 2) { nodes { code program { portfolio { name } } manager { name } risks(first: 3) { nodes { title owner { name } } } } } } } }")]
    public async Task AnyDepth_Statements_One(string query)
    {
        var sql = await SqlOfAsync(query);

        Assert.Single(sql);
    }

    [Fact]
    public async Task ProjectCodes_SelectList_ReadsOnlyTheRequestedColumns()
    {
        var sql = await SqlOfAsync("{ projects(first: 5) { nodes { code } } }");

        var select = Assert.Single(sql);
        Assert.Contains("\"Code\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Description\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"BudgetAtCompletion\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Name\"", select, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedReference_SelectList_ReadsTheForeignKeyAndTheTargetsRequestedColumns()
    {
        var sql = await SqlOfAsync("{ risks(first: 5) { nodes { title project { code } } } }");

        var select = Assert.Single(sql);
        Assert.Contains("\"ProjectId\"", select, StringComparison.Ordinal);
        Assert.Contains("\"Code\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Mitigation\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Description\"", select, StringComparison.Ordinal);
    }

    [Theory]
    // Three rows in from either end, so both flags are true; the far side's flag is read in the page's statement.
    [InlineData(false)]
    [InlineData(true)]
    public async Task RootCursor_AfterOrBefore_OneStatementWithBothPageFlags(bool backward)
    {
        var (size, cursorField, paging) = backward ? ("last", "startCursor", "before") : ("first", "endCursor", "after");
        var edge = await _client.DataAsync($"{{ projects({size}: 3, order: [{{ code: ASC }}]) {{ pageInfo {{ {cursorField} }} nodes {{ code }} }} }}");
        var cursor = edge.GetProperty("projects").GetProperty("pageInfo").GetProperty(cursorField).GetString()!;
        var query = $"query($c: String) {{ projects({size}: 3, {paging}: $c, order: [{{ code: ASC }}]) {{ pageInfo {{ hasPreviousPage hasNextPage }} nodes {{ code program {{ name }} }} }} }}";

        factory.SqlCommands.Reset();
        var page = (await _client.DataAsync(query, new { c = cursor })).GetProperty("projects");

        Assert.Single(factory.SqlCommands.Texts);
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(3, page.GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("{ financialLines(skip: 5, take: 4, order: [{ month: ASC }]) { items { month actual project { code program { name portfolio { name } } risks(first: 2) { nodes { title owner { name } } } } } } }", 1)]
    [InlineData("{ financialLines(skip: 5, take: 4) { totalCount pageInfo { hasNextPage } items { actual project { code } } } }", 2)]
    public async Task CollectionSegment_NestedSelection_OneStatementPlusTotalCount(string query, int statements)
    {
        var sql = await SqlOfAsync(query);

        Assert.Equal(statements, sql.Count);
    }

    [Fact]
    public async Task CollectionSegment_NestedSelection_SameAnswerAsTheDatabase()
    {
        var items = (await _client.DataAsync("{ financialLines(skip: 3, take: 5) { items { id project { code program { name } } } } }"))
            .GetProperty("financialLines").GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("project").GetProperty("code").GetString(), i.GetProperty("project").GetProperty("program").GetProperty("name").GetString()))
            .ToList();

        await using var db = new PmoDbContext(factory.Database.ContextOptions());
        var expected = await db.Set<FinancialLine>().OrderBy(f => f.Id).Skip(3).Take(5)
            .Select(f => new { f.Id, f.Project.Code, Program = f.Project.Program.Name })
            .ToListAsync();
        Assert.Equal(expected.Select(e => (e.Id, (string?)e.Code, (string?)e.Program)), items);
    }

    [Fact]
    public async Task SameChildrenTwice_DifferentArguments_OneStatementAndEachAliasItsOwnPage()
    {
        const string query = """
            { projects(first: 4, order: [{ code: ASC }]) { nodes { id
                a: risks(first: 1, order: [{ exposure: DESC }]) { totalCount nodes { id } }
                b: risks(first: 2, order: [{ title: ASC }]) { nodes { id owner { name } } }
                ... on Project { a: risks(first:1,order:[{exposure:DESC}]) { nodes { title } } } } } }
            """;
        var sql = await SqlOfAsync(query);
        var nodes = (await _client.DataAsync(query)).GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();

        Assert.Single(sql);
        await using var db = new PmoDbContext(factory.Database.ContextOptions());
        var ids = nodes.Select(n => n.GetProperty("id").GetInt32()).ToList();
        var risks = await db.Set<Risk>().Where(r => ids.Contains(r.ProjectId)).Select(r => new { r.Id, r.ProjectId, r.Exposure, r.Title }).ToListAsync();
        foreach (var node in nodes)
        {
            var mine = risks.Where(r => r.ProjectId == node.GetProperty("id").GetInt32()).ToList();
            var a = node.GetProperty("a");
            Assert.Equal(mine.Count, a.GetProperty("totalCount").GetInt32());
            Assert.Equal(
                mine.OrderByDescending(r => r.Exposure).ThenBy(r => r.Id).Take(1).Select(r => (r.Id, r.Title)),
                a.GetProperty("nodes").EnumerateArray().Select(r => (r.GetProperty("id").GetInt32(), r.GetProperty("title").GetString()!)));
            Assert.Equal(
                mine.OrderBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Id).Take(2).Select(r => r.Id),
                node.GetProperty("b").GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        }

        Assert.Contains(nodes, n => n.GetProperty("b").GetProperty("nodes").GetArrayLength() == 2);
    }

    [Fact]
    public async Task SkipAndInclude_SelectList_LeavesOutTheSkippedFieldsColumns()
    {
        const string query = """
            query($withDescription: Boolean!, $skipRisks: Boolean!) { projects(first: 5) { nodes { code name @skip(if: true)
                description @include(if: $withDescription) ... on Project @include(if: false) { budgetAtCompletion }
                program @skip(if: $skipRisks) { name } risks(first: 2) @skip(if: $skipRisks) { nodes { mitigation } } } } }
            """;

        await _client.DataAsync(query, new { withDescription = false, skipRisks = true });
        factory.SqlCommands.Reset();
        var nodes = (await _client.DataAsync(query, new { withDescription = false, skipRisks = true })).GetProperty("projects").GetProperty("nodes");

        var select = Assert.Single(factory.SqlCommands.Texts);
        Assert.Contains("\"Code\"", select, StringComparison.Ordinal);
        foreach (var column in new[] { "\"Name\"", "\"Description\"", "\"BudgetAtCompletion\"", "\"ProgramId\"", "\"Mitigation\"" })
        {
            Assert.DoesNotContain(column, select, StringComparison.Ordinal);
        }

        Assert.Equal(["code"], nodes[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task SkipAndInclude_ConditionsTrue_ReadTheColumns()
    {
        const string query = """
            query($withDescription: Boolean!) { projects(first: 5) { nodes { code name @skip(if: false) description @include(if: $withDescription) } } }
            """;

        await _client.DataAsync(query, new { withDescription = true });
        factory.SqlCommands.Reset();
        var nodes = (await _client.DataAsync(query, new { withDescription = true })).GetProperty("projects").GetProperty("nodes");

        var select = Assert.Single(factory.SqlCommands.Texts);
        Assert.Contains("\"Name\"", select, StringComparison.Ordinal);
        Assert.Contains("\"Description\"", select, StringComparison.Ordinal);
        Assert.Equal(["code", "name", "description"], nodes[0].EnumerateObject().Select(p => p.Name));
    }

    private static void MatchForStore(IReadOnlyList<string> sql)
    {
        if (TestStores.Provider == TestStores.Postgres)
        {
            Snapshot.Match(sql, SnapshotNameExtension.Create("postgres"));
        }
        else
        {
            Snapshot.Match(sql);
        }
    }

    private async Task<IReadOnlyList<string>> SqlOfAsync(string query)
    {
        await _client.DataAsync(query);
        factory.SqlCommands.Reset();
        await _client.DataAsync(query);
        return factory.SqlCommands.Texts;
    }
}
