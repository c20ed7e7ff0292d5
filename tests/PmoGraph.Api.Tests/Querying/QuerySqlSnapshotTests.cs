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

        Assert.Equal(3, sql.Count);
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
