using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Demo;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Periods;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Demo;

/// <summary>The demo's closed months: twelve, closed by the production close as the timeline reached each.</summary>
public sealed class DemoHistoryTests(DemoPortfolioSeederTests.DefaultDemo demo) : IClassFixture<DemoPortfolioSeederTests.DefaultDemo>
{
    private static readonly DateOnly _firstMonth = new(2025, 11, 1);
    private static readonly DateOnly _statusMonth = new(2026, 10, 1);

    private PmoDbContext Db => demo.Db;

    private static IEnumerable<DateOnly> Months() => Enumerable.Range(0, 12).Select(_firstMonth.AddMonths);

    private static DateOnly EndOf(DateOnly month) => month.AddMonths(1).AddDays(-1);

    [Fact]
    public async Task SeedAsync_DefaultScale_ClosesTwelveMonthsWithSnapshotsRagAndKpis()
    {
        var closes = await Db.Set<PeriodClose>().AsNoTracking().OrderBy(c => c.Period).ToListAsync();

        Assert.Equal(Months(), closes.Select(c => c.Period));
        foreach (var close in closes)
        {
            var snapshots = await Db.Set<EvmSnapshot>().AsNoTracking().Where(s => s.StatusDate == EndOf(close.Period)).ToListAsync();
            var kpis = await Db.Set<KpiValue>().AsNoTracking().Where(k => k.Period == close.Period).ToListAsync();
            Assert.Equal((EndOf(close.Period), DemoHistory.Actor, 1, snapshots.Count, kpis.Count), (close.StatusDate, close.FirstClosedBy, close.Runs, close.SnapshotsAdded, close.KpiValuesAdded));
            Assert.NotEmpty(snapshots);
            Assert.Contains(snapshots, s => s.Rag is Schema.Governance.Rag.Green);
            Assert.Contains(snapshots, s => s.Rag is Schema.Governance.Rag.Amber or Schema.Governance.Rag.Red);
            Assert.Contains(kpis, k => k.Kpi == KpiNames.Cpi && k.Scope == KpiScope.Portfolio && k.Value is not null);
            Assert.Contains(kpis, k => k.Kpi == KpiNames.Spi && k.Value is not null);
        }

        Assert.Equal(closes.Sum(c => c.SnapshotsAdded + c.KpiValuesAdded + 1), await Db.Set<AuditEntry>().CountAsync(a => a.Actor == DemoHistory.Actor && a.Action == "closePeriod:create"));
        Assert.Equal(0, await Db.Set<AuditEntry>().CountAsync(a => a.Actor != DemoHistory.Actor));
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_TheStatusMonthsSnapshotsAreTheLiveFiguresOfTheSeededRows()
    {
        var live = await EarnedValueReader.ByScopeAsync(Db, EvmScope.Project, await Db.Set<Project>().Select(p => p.Id).ToListAsync(), EndOf(_statusMonth), CancellationToken.None);
        var frozen = await Db.Set<EvmSnapshot>().AsNoTracking().Where(s => s.StatusDate == EndOf(_statusMonth)).ToListAsync();

        Assert.Equal(live.Count, frozen.Count);
        Assert.All(frozen, s => Assert.Equal(
            (live[s.ProjectId].PlannedValue, live[s.ProjectId].EarnedValue, live[s.ProjectId].ActualCost, live[s.ProjectId].Rag),
            (s.PlannedValue, s.EarnedValue, s.ActualCost, s.Rag)));
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_EachMonthMeasuresProgressAsItStoodThen()
    {
        // Percent-complete projects earn BAC x progress: frozen from the seeded (October) progress, every month would read the same.
        var running = await Db.Set<Project>().AsNoTracking()
            .Where(p => p.EarnedValueMethod == EarnedValueMethod.PercentComplete && p.ActualStart < _statusMonth && p.Stage != LifecycleStage.Cancelled
                && (p.ActualFinish == null || p.ActualFinish > EndOf(_firstMonth)))
            .Select(p => new { p.Id, Start = p.ActualStart!.Value }).ToListAsync();
        Assert.NotEmpty(running);
        foreach (var project in running)
        {
            var earned = await Db.Set<EvmSnapshot>().Where(s => s.ProjectId == project.Id).ToDictionaryAsync(s => s.StatusDate, s => s.EarnedValue);
            var started = new DateOnly(project.Start.Year, project.Start.Month, 1);
            var first = EndOf(started > _firstMonth ? started : _firstMonth);
            Assert.True(earned[first] < earned[EndOf(_statusMonth)], $"project {project.Id}: EV {earned[first]} at {first}, {earned[EndOf(_statusMonth)]} in October");
        }

        // A milestone achieved in the window is credited from its month on, and not before.
        var achieved = await Db.Set<Milestone>().AsNoTracking()
            .Where(m => m.ActualDate >= _firstMonth && m.Project.EarnedValueMethod == EarnedValueMethod.WeightedMilestones)
            .Select(m => new { m.ProjectId, m.ActualDate }).FirstAsync();
        var byMonth = await Db.Set<EvmSnapshot>().Where(s => s.ProjectId == achieved.ProjectId).ToDictionaryAsync(s => s.StatusDate, s => s.EarnedValue);
        var before = EndOf(new DateOnly(achieved.ActualDate!.Value.Year, achieved.ActualDate.Value.Month, 1).AddMonths(-1));
        var after = EndOf(new DateOnly(achieved.ActualDate.Value.Year, achieved.ActualDate.Value.Month, 1));
        Assert.True(!byMonth.ContainsKey(before) || byMonth[before] < byMonth[after]);
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_AProjectProposedInTheWindowHasNoSnapshotBeforeIt()
    {
        var perMonth = await Db.Set<EvmSnapshot>().GroupBy(s => s.StatusDate).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync();
        var projects = await Db.Set<Project>().CountAsync();

        Assert.Equal(projects, perMonth[^1].Count);
        Assert.True(perMonth[0].Count < projects);
        Assert.All(perMonth.Zip(perMonth.Skip(1)), pair => Assert.True(pair.First.Count <= pair.Second.Count));
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_RowsTheTimelineMovedReadAsSeeded()
    {
        Assert.False(await Db.Set<Project>().AnyAsync(p => p.IsArchived || p.Version != 1));
        Assert.False(await Db.Set<Milestone>().AnyAsync(m => m.Version != 1));
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_ReportingViewsHaveTwelveMonths()
    {
        var evm = await Db.Database.SqlQuery<int>($"SELECT COUNT(DISTINCT status_date) AS \"Value\" FROM bi_fact_evm").SingleAsync();
        var kpi = await Db.Database.SqlQuery<int>($"SELECT COUNT(DISTINCT period) AS \"Value\" FROM bi_fact_kpi").SingleAsync();
        var rows = await Db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM bi_fact_evm").SingleAsync();

        Assert.Equal((12, 12), (evm, kpi));
        Assert.Equal(await Db.Set<EvmSnapshot>().CountAsync(), rows);
    }
}
