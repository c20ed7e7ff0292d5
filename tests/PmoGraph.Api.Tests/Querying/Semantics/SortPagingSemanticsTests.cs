using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>
/// Every sortable field of projects (scalars and fields through each reference) and of risks, ascending and
/// descending, paged through the whole collection forwards by <c>first: 7</c> and backwards by <c>last: 7</c>: the
/// concatenated pages are exactly the LINQ-to-objects order with the id appended as tie-breaker, no row missing or repeated.
/// </summary>
[Collection(SemanticsTests.Collection)]
public sealed class SortPagingSemanticsTests(SemanticsFixture fixture)
{
    private static readonly Dictionary<string, Func<Project, object?>> ProjectKeys = new()
    {
        ["actualFinish"] = p => p.ActualFinish,
        ["actualStart"] = p => p.ActualStart,
        ["baselineFinish"] = p => p.BaselineFinish,
        ["baselineStart"] = p => p.BaselineStart,
        ["budgetAtCompletion"] = p => p.BudgetAtCompletion,
        ["code"] = p => p.Code,
        ["currency"] = p => p.Currency,
        ["forecastFinish"] = p => p.ForecastFinish,
        ["forecastStart"] = p => p.ForecastStart,
        ["id"] = p => p.Id,
        ["isArchived"] = p => p.IsArchived,
        ["name"] = p => p.Name,
        ["percentComplete"] = p => p.PercentComplete,
        ["plannedFinish"] = p => p.PlannedFinish,
        ["plannedStart"] = p => p.PlannedStart,
        ["priority"] = p => p.Priority,
        ["statusDate"] = p => p.StatusDate,
        ["department.code"] = p => p.Department?.Code,
        ["department.id"] = p => p.Department?.Id,
        ["department.name"] = p => p.Department?.Name,
        ["department.parent.name"] = p => p.Department?.Parent?.Name,
        ["manager.name"] = p => p.Manager?.Name,
        ["manager.email"] = p => p.Manager?.Email,
        ["manager.id"] = p => p.Manager?.Id,
        ["manager.jobTitle"] = p => p.Manager?.JobTitle,
        ["manager.department.name"] = p => p.Manager?.Department?.Name,
        ["sponsor.name"] = p => p.Sponsor?.Name,
        ["sponsor.jobTitle"] = p => p.Sponsor?.JobTitle,
        ["sponsor.department.code"] = p => p.Sponsor?.Department?.Code,
        ["program.code"] = p => p.Program.Code,
        ["program.id"] = p => p.Program.Id,
        ["program.isArchived"] = p => p.Program.IsArchived,
        ["program.name"] = p => p.Program.Name,
        ["program.manager.name"] = p => p.Program.Manager?.Name,
        ["program.portfolio.name"] = p => p.Program.Portfolio.Name,
        ["latestEvm.costPerformanceIndex"] = p => p.EvmSnapshots.OrderByDescending(s => s.StatusDate).FirstOrDefault()?.CostPerformanceIndex,
    };

    private static readonly Dictionary<string, Func<Risk, object?>> RiskKeys = new()
    {
        ["closedOn"] = r => r.ClosedOn,
        ["costExposure"] = r => r.CostExposure,
        ["exposure"] = r => r.Exposure,
        ["id"] = r => r.Id,
        ["impact"] = r => r.Impact,
        ["probability"] = r => r.Probability,
        ["raisedOn"] = r => r.RaisedOn,
        ["title"] = r => r.Title,
        ["owner.name"] = r => r.Owner?.Name,
        ["project.code"] = r => r.Project.Code,
    };

    public static TheoryData<string, string, bool> ProjectCases() => CasesOf(ProjectKeys.Keys);

    public static TheoryData<string, string, bool> RiskCases() => CasesOf(RiskKeys.Keys);

    [Theory]
    [MemberData(nameof(ProjectCases))]
    public async Task Projects_PagedBySevenThroughEachSortableField_VisitEveryRowOnceInOrder(string path, string direction, bool backward)
    {
        var key = ProjectKeys[path];
        var expected = Ordered(fixture.Rows.Projects, key, direction, p => p.Id);

        await AssertPagesAsync("projects", path, direction, backward, expected);
    }

    [Theory]
    [MemberData(nameof(RiskCases))]
    public async Task Risks_PagedBySevenThroughEachSortableField_VisitEveryRowOnceInOrder(string path, string direction, bool backward)
    {
        var key = RiskKeys[path];
        var expected = Ordered(fixture.Rows.Risks, key, direction, r => r.Id);

        await AssertPagesAsync("risks", path, direction, backward, expected);
    }

    [Fact]
    public async Task Projects_SeveralKeysWithTiesAndNulls_PageInTheLinqOrder()
    {
        var expected = fixture.Rows.Projects
            .OrderBy(p => p.Manager?.Department?.Name, StoreOrder.Instance)
            .ThenByDescending(p => p.Priority)
            .ThenBy(p => p.ActualFinish, StoreOrder.Instance)
            .ThenByDescending(p => p.Id)
            .Select(p => p.Id)
            .ToList();
        const string order = "order: [{ manager: { department: { name: ASC } } }, { priority: DESC }, { actualFinish: ASC }, { id: DESC }]";

        Assert.Equal(expected, await ForwardAsync("projects", order));
        Assert.Equal(expected, await BackwardAsync("projects", order));
    }

    private static TheoryData<string, string, bool> CasesOf(IEnumerable<string> paths)
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var path in paths)
        {
            foreach (var direction in new[] { "ASC", "DESC" })
            {
                data.Add(path, direction, false);
                data.Add(path, direction, true);
            }
        }

        return data;
    }

    private static List<int> Ordered<T>(IEnumerable<T> rows, Func<T, object?> key, string direction, Func<T, int> id)
    {
        var sorted = direction == "ASC" ? rows.OrderBy(key, StoreOrder.Instance) : rows.OrderByDescending(key, StoreOrder.Instance);
        return [.. sorted.ThenBy(id).Select(id)];
    }

    /// <summary><c>manager.department.name</c> and <c>DESC</c> give <c>order: [{ manager: { department: { name: DESC } } }]</c>.</summary>
    private static string OrderArgument(string path, string direction)
    {
        var parts = path.Split('.');
        return "order: [" + string.Concat(parts.Select(p => "{ " + p + ": ")) + direction + string.Concat(parts.Select(_ => " }")) + "]";
    }

    private async Task AssertPagesAsync(string collection, string path, string direction, bool backward, List<int> expected)
    {
        var order = OrderArgument(path, direction);

        var ids = backward ? await BackwardAsync(collection, order) : await ForwardAsync(collection, order);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected, ids);
    }

    private async Task<List<int>> ForwardAsync(string collection, string order)
    {
        var ids = new List<int>();
        string? after = null;
        do
        {
            var paging = after is null ? "first: 7" : $"first: 7, after: \"{after}\"";
            var page = (await fixture.Client.DataAsync($"{{ {collection}({paging}, {order}) {{ pageInfo {{ hasNextPage hasPreviousPage endCursor }} nodes {{ id }} }} }}"))
                .GetProperty(collection);
            var info = page.GetProperty("pageInfo");
            ids.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return ids;
    }

    private async Task<List<int>> BackwardAsync(string collection, string order)
    {
        var ids = new List<int>();
        string? before = null;
        do
        {
            var paging = before is null ? "last: 7" : $"last: 7, before: \"{before}\"";
            var page = (await fixture.Client.DataAsync($"{{ {collection}({paging}, {order}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor }} nodes {{ id }} }} }}"))
                .GetProperty(collection);
            var info = page.GetProperty("pageInfo");
            ids.InsertRange(0, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(before is not null, info.GetProperty("hasNextPage").GetBoolean());
            before = info.GetProperty("hasPreviousPage").GetBoolean() ? info.GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);
        return ids;
    }
}
