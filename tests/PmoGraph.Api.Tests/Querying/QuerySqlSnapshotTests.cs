using PmoGraph.Api.Tests.Store;
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
