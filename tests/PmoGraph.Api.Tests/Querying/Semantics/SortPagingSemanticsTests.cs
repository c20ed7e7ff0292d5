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

    [Theory]
    [InlineData("ASC", false)]
    [InlineData("DESC", false)]
    [InlineData("ASC", true)]
    [InlineData("DESC", true)]
    public async Task Projects_PagedBySevenThroughEachSortableField_VisitEveryRowOnceInOrder(string direction, bool backward)
    {
        await AssertPagesAsync("projects", direction, backward, ProjectKeys.ToDictionary(k => k.Key, k => Ordered(fixture.Rows.Projects, k.Value, direction, p => p.Id)));
    }

    [Theory]
    [InlineData("ASC", false)]
    [InlineData("DESC", false)]
    [InlineData("ASC", true)]
    [InlineData("DESC", true)]
    public async Task Risks_PagedBySevenThroughEachSortableField_VisitEveryRowOnceInOrder(string direction, bool backward)
    {
        await AssertPagesAsync("risks", direction, backward, RiskKeys.ToDictionary(k => k.Key, k => Ordered(fixture.Rows.Risks, k.Value, direction, r => r.Id)));
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

    private async Task AssertPagesAsync(string collection, string direction, bool backward, Dictionary<string, List<int>> expected)
    {
        var paths = expected.Keys.ToList();

        var pages = await fixture.Client.AllIdsAsync([.. paths.Select(p => (collection, OrderArgument(p, direction)))], pageSize: 7, backward);

        var failures = paths.Select((path, i) => (path, ids: pages[i]))
            .Where(r => !r.ids.SequenceEqual(expected[r.path]))
            .Select(r => $"{OrderArgument(r.path, direction)}:\n expected [{string.Join(",", expected[r.path])}]\n got      [{string.Join(",", r.ids)}]")
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<List<int>> ForwardAsync(string collection, string order) =>
        (await fixture.Client.AllIdsAsync([(collection, order)], pageSize: 7))[0];

    private async Task<List<int>> BackwardAsync(string collection, string order) =>
        (await fixture.Client.AllIdsAsync([(collection, order)], pageSize: 7, backward: true))[0];
}
