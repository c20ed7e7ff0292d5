using System.Text.Json;
using PmoGraph.Api.Tests.Querying;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// The same GraphQL queries on SQLite and on PostgreSQL over the same data give the same answers: case-insensitive
/// filters (non-ASCII letters included), date and timestamp comparisons, decimals, sorting with nulls, and keyset
/// paging through whole collections forwards and backwards.
/// </summary>
public sealed class StoreComparisonTests(TwoStores stores) : IClassFixture<TwoStores>
{
    private async Task<string> SameOnBothAsync(string query)
    {
        var sqlite = await stores.SqliteClient.DataAsync(query);
        var postgres = await stores.PostgresClient.DataAsync(query);

        Assert.Equal(sqlite.GetRawText(), postgres.GetRawText());
        return sqlite.GetRawText();
    }

    private static List<int> Ids(string data, string field) =>
        [.. JsonDocument.Parse(data).RootElement.GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];

    [PostgresTheory]
    [InlineData("ieq: \"école NUMÉRIQUE\"", new[] { 1 })]
    [InlineData("icontains: \"école\"", new[] { 1, 2, 3 })]
    [InlineData("icontains: \"ÉCOLE\"", new[] { 1, 2, 3 })]
    [InlineData("istartsWith: \"éCOLE\"", new[] { 1, 2 })]
    [InlineData("iendsWith: \"ÉCOLE\"", new[] { 3 })]
    [InlineData("icontains: \"übergang ö\"", new[] { 5, 6 })]
    [InlineData("contains: \"É\"", new[] { 1, 2 })]
    [InlineData("startsWith: \"Ü\"", new[] { 5, 6 })]
    [InlineData("eq: \"ÜBERGANG ÖL\"", new[] { 6 })]
    public async Task Where_StringOperationWithAccentedLetters_SameRowsOnBothStores(string operation, int[] expected)
    {
        var data = await SameOnBothAsync($"{{ projects(first: 50, where: {{ name: {{ {operation} }} }}) {{ nodes {{ id name }} }} }}");

        Assert.Equal(expected, Ids(data, "projects"));
    }

    [PostgresTheory]
    [InlineData("plannedFinish: { gte: \"2026-01-01\", lt: \"2026-07-01\" }")]
    [InlineData("actualFinish: { eq: null }")]
    [InlineData("actualFinish: { neq: null, lte: \"2026-03-31\" }")]
    [InlineData("baselineFinish: { ngt: \"2026-10-31\" }")]
    [InlineData("budgetAtCompletion: { gt: 1000000, lte: 5000000 }")]
    [InlineData("percentComplete: { in: [0, 100] }")]
    [InlineData("or: [{ actualStart: { eq: null } }, { forecastFinish: { gt: \"2027-06-30\" } }]")]
    public async Task Where_DateDecimalAndNullComparisons_SameRowsOnBothStores(string filter)
    {
        var data = await SameOnBothAsync($"{{ projects(first: 50, where: {{ {filter} }}) {{ totalCount nodes {{ id plannedFinish actualFinish budgetAtCompletion }} }} }}");

        Assert.NotEmpty(Ids(data, "projects"));
    }

    [PostgresFact]
    public async Task Where_TimestampComparison_SameStatusReportsOnBothStores()
    {
        var data = await SameOnBothAsync("""
            { statusReports(first: 50, where: { submittedAt: { gte: "2026-09-20T00:00:00Z", lt: "2026-10-31T12:00:00Z" } },
                            order: [{ submittedAt: DESC }]) { totalCount nodes { id submittedAt approvedAt } } }
            """);

        Assert.NotEmpty(Ids(data, "statusReports"));
    }

    [PostgresTheory]
    [InlineData("[{ actualFinish: ASC }, { budgetAtCompletion: DESC }]")]
    [InlineData("[{ forecastFinish: DESC }]")]
    [InlineData("[{ name: ASC }]")]
    [InlineData("[{ name: DESC }]")]
    [InlineData("[{ manager: { name: ASC } }, { plannedStart: DESC }]")]
    [InlineData("[{ isArchived: ASC }, { percentComplete: DESC }]")]
    public async Task Paging_WholeCollectionBothWays_SameOrderOnBothStores(string order)
    {
        var sqliteForward = await stores.SqliteClient.ProjectIdsAsync($"order: {order}", pageSize: 7);
        var postgresForward = await stores.PostgresClient.ProjectIdsAsync($"order: {order}", pageSize: 7);
        var sqliteBackward = await BackwardIdsAsync(stores.SqliteClient, order);
        var postgresBackward = await BackwardIdsAsync(stores.PostgresClient, order);

        Assert.Equal(60, sqliteForward.Distinct().Count());
        Assert.Equal(sqliteForward, postgresForward);
        Assert.Equal(sqliteForward, sqliteBackward);
        Assert.Equal(sqliteForward, postgresBackward);
    }

    [PostgresFact]
    public async Task Order_ByNullableDateDescending_ValuesThenNullsOnBothStores()
    {
        var data = await SameOnBothAsync("{ projects(first: 50, order: [{ actualFinish: DESC }]) { nodes { id actualFinish } } }");

        var finishes = JsonDocument.Parse(data).RootElement.GetProperty("projects").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("actualFinish").ValueKind == JsonValueKind.Null ? null : n.GetProperty("actualFinish").GetString()).ToList();
        var firstNull = finishes.IndexOf(null);
        Assert.True(firstNull > 0, "closed projects have an actual finish, open ones none");
        Assert.All(finishes.Skip(firstNull), f => Assert.Null(f));
        Assert.Equal(finishes.Take(firstNull).OrderDescending(StringComparer.Ordinal), finishes.Take(firstNull));
    }

    /// <summary>Every project id in the order, read from the end with <c>last</c>/<c>before</c>, then put back in order.</summary>
    private static async Task<List<int>> BackwardIdsAsync(HttpClient client, string order)
    {
        var ids = new List<int>();
        string? before = null;
        do
        {
            var paging = before is null ? "last: 7" : $"last: 7, before: \"{before}\"";
            var page = (await client.DataAsync($"{{ projects({paging}, order: {order}) {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ id }} }} }}"))
                .GetProperty("projects");
            ids.InsertRange(0, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString()
                : null;
        }
        while (before is not null);
        return ids;
    }

    [PostgresFact]
    public async Task Aggregate_GroupedByStageAndProgram_SameFiguresOnBothStores()
    {
        var data = await SameOnBothAsync("""
            { projectsAggregate(groupBy: [{ stage: true }, { program: { name: true } }], where: { budgetAtCompletion: { gt: 0 } }) {
                count sum { budgetAtCompletion priority } min { plannedStart budgetAtCompletion } max { plannedFinish }
                groups { key { stage program { name } } count sum { budgetAtCompletion } min { plannedStart } max { plannedFinish } } } }
            """);

        Assert.Contains("\"groups\":[{", data, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ODataFeed_DateWindowFilterSelectAndOrder_SameRowsOnBothStores()
    {
        const string Url = "/odata/bi_fact_milestone?$filter=planned_date ge 2026-01-01T00:00:00Z and planned_date lt 2026-07-01T00:00:00Z"
            + " and contains(tolower(milestone_name), 'a')&$select=milestone_key,project_key,planned_date,planned_date_key,milestone_name"
            + "&$orderby=planned_date desc,milestone_name&$count=true";
        var sqlite = await stores.SqliteClient.GetStringAsync(Url);
        var postgres = await stores.PostgresClient.GetStringAsync(Url);

        Assert.Equal(sqlite, postgres);
        Assert.True(JsonDocument.Parse(sqlite).RootElement.GetProperty("@odata.count").GetInt32() > 0);
    }
}
