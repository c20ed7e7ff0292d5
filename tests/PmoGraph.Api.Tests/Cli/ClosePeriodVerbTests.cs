using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Store;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Periods;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Cli;

/// <summary>
/// <c>close-period</c> run as a process, the way an operator runs it, against a SQLite store of its own seeded by the
/// <c>seed</c> verb; the store is then read directly.
/// </summary>
public sealed class ClosePeriodVerbTests(ClosePeriodVerbTests.SeededStore seeded) : IClassFixture<ClosePeriodVerbTests.SeededStore>, IDisposable
{
    private static readonly DateOnly _november = new(2026, 11, 1);
    private static readonly DateOnly _novemberEnd = new(2026, 11, 30);
    private static readonly string _actor = "os:" + Environment.UserName;

    private readonly TestDatabase _store = seeded.Copy();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ClosePeriod_AsAProcess_ClosesTheMonthAsPmoAdminAuditedAsTheOsUser()
    {
        var run = await ApiProcess.RunAsync(_store, "close-period", "2026-11");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Closed 2026-11 at 2026-11-30 (run 1)", run.Output, StringComparison.Ordinal);
        await using var db = Open();
        var close = await db.Set<PeriodClose>().AsNoTracking().SingleAsync(c => c.Period == _november);
        var projects = await db.Set<Project>().CountAsync(p => !p.IsArchived);
        Assert.Equal((_novemberEnd, _actor, _actor, 1, projects), (close.StatusDate, close.FirstClosedBy, close.LastRunBy, close.Runs, close.SnapshotsAdded));
        Assert.Equal(projects, await db.Set<EvmSnapshot>().CountAsync(s => s.StatusDate == _novemberEnd));
        Assert.Equal(close.KpiValuesAdded, await db.Set<KpiValue>().CountAsync(k => k.Period == _november));
        Assert.True(close.KpiValuesAdded > 0);
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Actor == _actor).ToListAsync();
        Assert.Equal(1 + projects + close.KpiValuesAdded, audit.Count);
        Assert.All(audit, a => Assert.Equal("closePeriod:create", a.Action));
        Assert.Contains(audit, a => a.EntityType == nameof(PeriodClose) && a.EntityId == close.Id);
    }

    [Fact]
    public async Task ClosePeriod_SameMonthTwice_RefusesWithACodeAndChangesNothing()
    {
        Assert.Equal(0, (await ApiProcess.RunAsync(_store, "close-period", "2026-11")).ExitCode);
        var before = await FingerprintAsync();

        var again = await ApiProcess.RunAsync(_store, "close-period", "2026-11");

        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("PERIOD_ALREADY_CLOSED: 2026-11 is already closed (first by " + _actor, again.Error, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task ClosePeriod_SameMonthWithReplace_RunsAgainAndReplacesTheFigures()
    {
        Assert.Equal(0, (await ApiProcess.RunAsync(_store, "close-period", "2026-11")).ExitCode);

        var again = await ApiProcess.RunAsync(_store, "close-period", "2026-11", "--replace", "true");

        Assert.True(again.ExitCode == 0, again.Error);
        await using var db = Open();
        var close = await db.Set<PeriodClose>().AsNoTracking().SingleAsync(c => c.Period == _november);
        Assert.Equal((2, true, await db.Set<Project>().CountAsync(p => !p.IsArchived), 0), (close.Runs, close.LastRunReplaced, close.SnapshotsReplaced, close.SnapshotsAdded));
    }

    [Theory]
    [InlineData(2, "BAD_USER_INPUT: close-period takes a month as YYYY-MM, not '2026-13'.", "close-period", "2026-13")]
    [InlineData(2, "BAD_USER_INPUT: close-period takes a month as YYYY-MM, not 'november'.", "close-period", "november")]
    [InlineData(2, "BAD_USER_INPUT: close-period takes a month as YYYY-MM, not '2026-11-01'.", "close-period", "2026-11-01")]
    [InlineData(2, "BAD_USER_INPUT: close-period takes a month as YYYY-MM, not nothing.", "close-period")]
    [InlineData(2, "BAD_USER_INPUT: --replace takes true or false, not 'maybe'.", "close-period", "2026-11", "--replace", "maybe")]
    [InlineData(1, "BAD_USER_INPUT (notStarted): 2099-01 has not started yet", "close-period", "2099-01")]
    public async Task ClosePeriod_BadArgument_ExitsNonZeroWithACodeAndChangesNothing(int exitCode, string message, params string[] arguments)
    {
        var before = await FingerprintAsync();

        var run = await ApiProcess.RunAsync(_store, arguments);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync());
    }

    private PmoDbContext Open() => new(_store.ContextOptions());

    /// <summary>What a close writes: its record, snapshots, KPI values and audit entries, counted and summed.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var db = Open();
        var closes = await db.Set<PeriodClose>().AsNoTracking().OrderBy(c => c.Period).Select(c => new { c.Period, c.Runs, c.Version }).ToListAsync();
        return string.Join(',', closes.Select(c => $"{c.Period:yyyy-MM}/{c.Runs}/{c.Version}"))
            + $"#{await db.Set<EvmSnapshot>().CountAsync()};{await db.Set<KpiValue>().CountAsync()};{await db.Set<AuditEntry>().CountAsync()}"
            + $"#{string.Join(',', (await db.Set<EvmSnapshot>().Select(s => s.FrozenAt).ToListAsync()).Order())}";
    }

    /// <summary>A store the <c>seed</c> verb loaded once, copied (a SQLite file) for each test.</summary>
    public sealed class SeededStore : IAsyncLifetime
    {
        private readonly TestDatabase _template = TestDatabase.Create(TestStores.Sqlite);

        public async Task InitializeAsync()
        {
            var seeded = await ApiProcess.RunAsync(_template, "seed", "--scale", "12");
            Assert.True(seeded.ExitCode == 0, seeded.Error);
        }

        public TestDatabase Copy()
        {
            var copy = TestDatabase.Create(TestStores.Sqlite);
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(PathOf(_template) + suffix))
                {
                    File.Copy(PathOf(_template) + suffix, PathOf(copy) + suffix, overwrite: true);
                }
            }

            return copy;
        }

        public Task DisposeAsync()
        {
            _template.Dispose();
            return Task.CompletedTask;
        }

        private static string PathOf(TestDatabase store) =>
            new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
    }
}
