using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Mutations;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Periods;

public sealed class ClosePeriodTests : IDisposable
{
    private const string Close = "periodClose { period statusDate runs snapshotsAdded snapshotsReplaced snapshotsKept kpiValuesAdded kpiValuesReplaced kpiValuesKept }";
    // The demo ships every month to October 2026 closed; these tests close the months after it.
    private static readonly DateOnly _month = new(2026, 11, 1);
    private static readonly DateOnly _monthEnd = new(2026, 11, 30);

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private Task<int> LiveProjectsAsync() => _api.ReadAsync(db => db.Set<Project>().CountAsync(p => !p.IsArchived));

    [Fact]
    public async Task ClosePeriod_FirstRun_FreezesASnapshotPerProjectAndTheKpis()
    {
        var projects = await LiveProjectsAsync();

        var close = (await _api.CallAsync("closePeriod", Close, new { period = _month })).Succeeded("periodClose");

        Assert.Equal(("2026-11-30", 1, projects, 0, 0), (close.GetProperty("statusDate").GetString(), close.GetProperty("runs").GetInt32(),
            close.GetProperty("snapshotsAdded").GetInt32(), close.GetProperty("snapshotsReplaced").GetInt32(), close.GetProperty("snapshotsKept").GetInt32()));
        var stored = await _api.ReadAsync(db => db.Set<EvmSnapshot>().CountAsync(s => s.StatusDate == _monthEnd));
        var kpis = await _api.ReadAsync(db => db.Set<KpiValue>().Where(k => k.Period == _month).Select(k => k.Kpi).Distinct().ToListAsync());
        Assert.Equal(projects, stored);
        Assert.Equal(close.GetProperty("kpiValuesAdded").GetInt32(), await _api.ReadAsync(db => db.Set<KpiValue>().CountAsync(k => k.Period == _month)));
        Assert.Contains(KpiNames.CompletionRate, kpis);
        Assert.Contains(KpiNames.Nps, kpis);
        Assert.True(await _api.ReadAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action.StartsWith("closePeriod"))));
    }

    [Fact]
    public async Task ClosePeriod_ReRun_KeepsWhatIsFrozenUnlessAskedToReplace()
    {
        var projects = await LiveProjectsAsync();
        (await _api.CallAsync("closePeriod", Close, new { period = _month })).Succeeded("periodClose");
        var frozenAt = await _api.ReadAsync(db => db.Set<EvmSnapshot>().Where(s => s.StatusDate == _monthEnd).Select(s => s.FrozenAt).MaxAsync());

        var again = (await _api.CallAsync("closePeriod", Close, new { period = _month })).Succeeded("periodClose");
        var keptAt = await _api.ReadAsync(db => db.Set<EvmSnapshot>().Where(s => s.StatusDate == _monthEnd).Select(s => s.FrozenAt).MaxAsync());
        var replaced = (await _api.CallAsync("closePeriod", Close, new { period = _month, replace = true })).Succeeded("periodClose");

        Assert.Equal((2, 0, 0, projects, 0), (again.GetProperty("runs").GetInt32(), again.GetProperty("snapshotsAdded").GetInt32(),
            again.GetProperty("snapshotsReplaced").GetInt32(), again.GetProperty("snapshotsKept").GetInt32(), again.GetProperty("kpiValuesAdded").GetInt32()));
        Assert.Equal(frozenAt, keptAt);
        Assert.Equal((3, 0, projects, 0), (replaced.GetProperty("runs").GetInt32(), replaced.GetProperty("snapshotsAdded").GetInt32(),
            replaced.GetProperty("snapshotsReplaced").GetInt32(), replaced.GetProperty("snapshotsKept").GetInt32()));
        Assert.Equal(projects, await _api.ReadAsync(db => db.Set<EvmSnapshot>().CountAsync(s => s.StatusDate == _monthEnd)));
    }

    [Fact]
    public async Task ClosePeriod_AfterTheDemosMonths_AddsToTheHistory()
    {
        (await _api.CallAsync("closePeriod", Close, new { period = _month })).Succeeded("periodClose");

        // A project in the portfolio through all of the demo's twelve closed months.
        var projectId = await _api.ReadAsync(db => db.Set<EvmSnapshot>().GroupBy(s => s.ProjectId).Where(g => g.Count() == 13).Select(g => g.Key).MinAsync());
        var history = (await _api.Client.DataAsync("query($id: Int!) { project(id: $id) { evmSnapshots(first: 50) { nodes { statusDate } } } }", new { id = projectId }))
            .GetProperty("project").GetProperty("evmSnapshots").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("statusDate").GetString()).Order().ToList();
        Assert.Equal([.. Enumerable.Range(0, 13).Select(k => new DateOnly(2025, 11, 1).AddMonths(k + 1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))], history);
    }

    [Fact]
    public async Task ClosePeriod_MidMonthOrFutureMonth_IsAValidationErrorAndWritesNothing()
    {
        var before = await _api.ReadAsync(db => db.Set<EvmSnapshot>().CountAsync());
        var midMonth = await _api.CallAsync("closePeriod", Close, new { period = new DateOnly(2026, 11, 15) });
        var future = await _api.CallAsync("closePeriod", Close, new { period = new DateOnly(2099, 1, 1) });

        Assert.Equal("ValidationError", midMonth.SingleError("ValidationError").GetProperty("__typename").GetString());
        Assert.Equal([("period", "notStarted")], future.Violations());
        Assert.Equal(before, await _api.ReadAsync(db => db.Set<EvmSnapshot>().CountAsync()));
    }

    [Fact]
    public async Task Projects_FilteredAndSortedByLatestCpi_MatchTheFrozenSnapshots()
    {
        (await _api.CallAsync("closePeriod", Close, new { period = _month })).Succeeded("periodClose");
        var expected = await _api.ReadAsync(async db => (await db.Set<EvmSnapshot>().Where(s => s.StatusDate == _monthEnd)
                .Select(s => new { s.ProjectId, s.CostPerformanceIndex }).ToListAsync())
            .Where(s => s.CostPerformanceIndex < 0.9m).OrderBy(s => s.CostPerformanceIndex).ThenBy(s => s.ProjectId).Select(s => s.ProjectId).ToList());

        var nodes = (await _api.Client.DataAsync("""
            { projects(first: 50, where: { latestEvm: { costPerformanceIndex: { lt: 0.9 } } }, order: [{ latestEvm: { costPerformanceIndex: ASC } }])
              { nodes { id latestEvm { statusDate costPerformanceIndex } } } }
            """)).GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, nodes.Select(n => n.GetProperty("id").GetInt32()));
        Assert.All(nodes, n => Assert.Equal("2026-11-30", n.GetProperty("latestEvm").GetProperty("statusDate").GetString()));
    }
}
