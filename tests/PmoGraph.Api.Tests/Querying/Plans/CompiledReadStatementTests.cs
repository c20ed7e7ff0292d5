using PmoGraph.Api.Tests.Store;
using PmoGraph.Schema.Querying;
using Snapshooter;
using Snapshooter.Xunit;

namespace PmoGraph.Api.Tests.Querying.Plans;

/// <summary>
/// With the compiled path on (its default): a covered operation is one statement per root field, however many
/// sibling lists it nests, built without joins between siblings, and its answer is the executor's byte for byte (the
/// executor's here is a second API over the same store in differential mode, which answers with the executor); an
/// operation with a field the compiled path does not cover runs on the executor.
/// </summary>
public sealed class CompiledReadStatementTests : IClassFixture<PmoApiFactory>, IDisposable
{
    private readonly PmoApiFactory _executor;
    private readonly PmoApiFactory _compiled;

    public CompiledReadStatementTests(PmoApiFactory factory)
    {
        _executor = factory.WithoutCostLimit();
        _ = _executor.CreateClient();
        _compiled = PmoApiFactory.Over(factory.Database).WithoutCostLimit();
        _compiled.Settings[CompiledReadOptions.Section + ":Mode"] = nameof(CompiledReadMode.On);
    }

    public static TheoryData<string> Operations() =>
    [
        """
        { portfolios(first: 5) { nodes { id name programs(first: 50) { nodes { id name projects(first: 50) { nodes { id code stage
            milestones(first: 20) { nodes { id name plannedDate actualDate } }
            risks(first: 20) { totalCount nodes { id title exposure status owner { name } } } } } } } } }
          projects(last: 3, order: [{ budgetAtCompletion: DESC }]) { pageInfo { hasPreviousPage startCursor } edges { cursor node { id name } } } }
        """,
        """
        query ById($id: Int!) { project(id: $id) { id code name stage budgetAtCompletion plannedStart plannedFinish
            program { id name portfolio { id name } } manager { name }
            milestones(first: 20) { nodes { id name plannedDate actualDate } } risks(first: 20) { nodes { id title exposure status } } } }
        """,
        """
        { projectsAggregate(where: { stage: { nin: [CANCELLED] } }, groupBy: [{ stage: true }, { currency: true }]) {
            count sum { budgetAtCompletion priority } avg { percentComplete } min { plannedStart } max { budgetAtCompletion }
            groups { key { stage currency } count sum { budgetAtCompletion } avg { budgetAtCompletion priority } } }
          programs(first: 5) { nodes { id name projectsAggregate(groupBy: [{ stage: true }]) { count max { plannedStart } groups { key { stage } count } }
            projects(first: 3) { nodes { id risksAggregate { count avg { exposure } } } } } } }
        """,
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task CoveredOperation_OneStatementPerRootField_AnswerIsTheExecutors(string query)
    {
        var variables = new { id = 3 };
        var expected = (await _executor.CreateClient().QueryAsync(query, variables)).ToString();
        var client = _compiled.CreateClient();
        _compiled.SqlCommands.Reset();

        var actual = (await client.QueryAsync(query, variables)).ToString();

        Assert.Equal(expected, actual);
        Assert.DoesNotContain("errors", actual, StringComparison.Ordinal);
        var roots = query.Contains("portfolios", StringComparison.Ordinal) || query.Contains("programs", StringComparison.Ordinal) ? 2 : 1;
        Assert.Equal(roots, _compiled.SqlCommands.Count);
        Assert.All(_compiled.SqlCommands.Texts, sql =>
        {
            Assert.StartsWith(CompiledReadStrategy.CompiledTag, sql, StringComparison.Ordinal);
            // Sibling lists are correlated subqueries, never joined to each other.
            Assert.DoesNotContain("JOIN", sql, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task ComputedField_OperationRunsOnTheExecutor()
    {
        var client = _compiled.CreateClient();
        _compiled.SqlCommands.Reset();

        var data = await client.DataAsync("{ projects(first: 2) { nodes { id latestEvm { statusDate } } } }");

        Assert.Equal(2, data.GetProperty("projects").GetProperty("nodes").GetArrayLength());
        Assert.NotEmpty(_compiled.SqlCommands.Texts);
        Assert.DoesNotContain(_compiled.SqlCommands.Texts, sql => sql.StartsWith(CompiledReadStrategy.CompiledTag, StringComparison.Ordinal));
    }

    /// <summary>
    /// The compiled statements of the executor's SQL snapshot queries (<c>QuerySqlSnapshotTests</c>): each level is EF
    /// Core's SQL for its rows (row rules, filter, order, limit), nested as a correlated subquery that builds its JSON.
    /// </summary>
    [Theory]
    [InlineData("nested", """
        { programs(first: 3, order: [{ name: ASC }]) { nodes { name
            projects(first: 2, where: { stage: { neq: CANCELLED } }, order: [{ budgetAtCompletion: DESC }]) { totalCount pageInfo { hasNextPage } nodes { code
              risks(first: 3, order: [{ exposure: DESC }]) { nodes { title } } } } } } }
        """)]
    [InlineData("byId", """
        { project(id: 7) { code program { name portfolio { name } } manager { name }
            milestones(first: 5) { nodes { name } } risks(first: 3) { nodes { title owner { name } } } } }
        """)]
    [InlineData("aggregate", """
        { programs(first: 2, order: [{ name: ASC }]) { nodes { name
            projectsAggregate(where: { stage: { nin: [CANCELLED] } }, groupBy: [{ sponsor: { department: { name: true } } }, { stage: true }]) {
              count sum { budgetAtCompletion } groups { key { sponsor { department { name } } stage } count sum { budgetAtCompletion } } } } } }
        """)]
    public async Task CompiledSql_MatchesSnapshot(string name, string query)
    {
        var client = _compiled.CreateClient();
        await client.DataAsync(query);
        _compiled.SqlCommands.Reset();

        await client.DataAsync(query);

        var sql = Assert.Single(_compiled.SqlCommands.Texts);
        Snapshot.Match(sql, TestStores.Provider == TestStores.Postgres
            ? SnapshotNameExtension.Create(name, "postgres")
            : SnapshotNameExtension.Create(name));
    }

    public void Dispose() => _compiled.Dispose();
}
