using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

public sealed class SortingTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Each ordering the paging tests walk, with the same order computed by LINQ (ordinal text, nulls smallest, id last).</summary>
    public static TheoryData<string> Orderings => ["programThenBudget", "managerThenFinish", "finishDescending", "archivedThenName"];

    private static (string Order, Func<IEnumerable<ProjectRow>, IEnumerable<ProjectRow>> Expected) Ordering(string name) => name switch
    {
        "programThenBudget" => (
            "order: [{ program: { name: ASC } }, { budgetAtCompletion: DESC }]",
            rows => rows.OrderBy(r => r.ProgramName, StringComparer.Ordinal).ThenByDescending(r => r.BudgetAtCompletion).ThenBy(r => r.Id)),
        "managerThenFinish" => (
            "order: [{ manager: { name: DESC } }, { actualFinish: ASC }]",
            rows => rows.OrderByDescending(r => r.ManagerName, StringComparer.Ordinal).ThenBy(r => r.ActualFinish).ThenBy(r => r.Id)),
        "finishDescending" => (
            "order: [{ actualFinish: DESC }]",
            rows => rows.OrderByDescending(r => r.ActualFinish).ThenBy(r => r.Id)),
        "archivedThenName" => (
            "order: [{ isArchived: DESC }, { plannedStart: ASC }, { name: ASC }]",
            rows => rows.OrderByDescending(r => r.IsArchived).ThenBy(r => r.PlannedStart).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Fact]
    public async Task Order_ProgramNameThenBudgetDescending_SortsByBothKeysThenId()
    {
        var rows = await _client.AllProjectsAsync();
        var (order, expected) = Ordering("programThenBudget");

        var ids = await _client.ProjectIdsAsync(order);

        Assert.Equal(expected(rows).Select(r => r.Id), ids);
        Assert.True(rows.GroupBy(r => r.ProgramName).Count() > 1, "the demo data has several programs");
    }

    [Fact]
    public async Task Order_NullableDate_NullsFirstAscendingAndLastDescending()
    {
        var rows = await _client.AllProjectsAsync();

        var ascending = await _client.ProjectIdsAsync("order: [{ actualFinish: ASC }]");
        var descending = await _client.ProjectIdsAsync("order: [{ actualFinish: DESC }]");

        Assert.Equal(rows.OrderBy(r => r.ActualFinish).ThenBy(r => r.Id).Select(r => r.Id), ascending);
        Assert.Equal(rows.OrderByDescending(r => r.ActualFinish).ThenBy(r => r.Id).Select(r => r.Id), descending);
        Assert.Null(rows.Single(r => r.Id == ascending[0]).ActualFinish);
        Assert.Null(rows.Single(r => r.Id == descending[^1]).ActualFinish);
    }

    [Fact]
    public async Task Order_WithAFilter_SortsOnlyTheMatchingRows()
    {
        var rows = await _client.AllProjectsAsync();
        var median = rows.MedianBudget();

        var ids = await _client.ProjectIdsAsync(
            $"where: {{ budgetAtCompletion: {{ gte: {median.ToString(System.Globalization.CultureInfo.InvariantCulture)} }} }}, order: [{{ name: DESC }}]");

        Assert.Equal(
            rows.Where(r => r.BudgetAtCompletion >= median).OrderByDescending(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id),
            ids);
    }

    [Theory]
    [MemberData(nameof(Orderings))]
    public async Task Order_PagingForwardBySeven_VisitsEveryRowOnceInOrder(string ordering)
    {
        var rows = await _client.AllProjectsAsync();
        var (order, expected) = Ordering(ordering);

        var ids = await _client.ProjectIdsAsync(order, pageSize: 7);

        Assert.Equal(expected(rows).Select(r => r.Id), ids);
    }

    [Theory]
    [MemberData(nameof(Orderings))]
    public async Task Order_PagingBackwardBySeven_VisitsEveryRowOnceInOrder(string ordering)
    {
        var rows = await _client.AllProjectsAsync();
        var (order, expected) = Ordering(ordering);
        var ids = new List<int>();
        string? before = null;
        var pages = 0;
        do
        {
            var paging = before is null ? "last: 7" : $"last: 7, before: \"{before}\"";
            var page = (await _client.DataAsync($"{{ projects({paging}, {order}) {{ pageInfo {{ hasPreviousPage hasNextPage startCursor }} nodes {{ id }} }} }}"))
                .GetProperty("projects");
            ids.InsertRange(0, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(before is not null, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString()
                : null;
            pages++;
        }
        while (before is not null);

        Assert.Equal(expected(rows).Select(r => r.Id), ids);
        Assert.Equal(9, pages);
    }

    [Fact]
    public async Task Order_EdgeCursors_ResumeFromTheirOwnRow()
    {
        var rows = await _client.AllProjectsAsync();
        var (order, expected) = Ordering("managerThenFinish");
        var all = expected(rows).Select(r => r.Id).ToList();
        var page = (await _client.DataAsync($"{{ projects(first: 20, {order}) {{ edges {{ cursor node {{ id }} }} }} }}")).GetProperty("projects");
        var edge = page.GetProperty("edges")[12];

        var next = await _client.DataAsync($"{{ projects(first: 5, after: \"{edge.GetProperty("cursor").GetString()}\", {order}) {{ nodes {{ id }} }} }}");

        Assert.Equal(all.Skip(13).Take(5), next.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(JsonValueKind.String, edge.GetProperty("cursor").ValueKind);
    }
}
