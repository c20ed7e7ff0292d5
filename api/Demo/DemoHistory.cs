using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Periods;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// The demo's closed months: the twelve months up to the status month, each closed by the production close (the
/// <c>closePeriod</c> mutation's <see cref="PeriodCloser"/> through the <see cref="MutationRunner"/>, audited) as the
/// demo's timeline reaches it. The close reads the store as it stands, so before each month's close the rows that
/// change over time without a date of their own (progress, milestones achieved, the actual finish, whether the project
/// existed yet) are set as they stood at that month's end, from the same progress curves that wrote them; lines dated
/// by month (budgets, actuals, allocations, survey answers, benefit measurements) are read as of the month by the close
/// itself. After the status month's close every row is back exactly as seeded.
/// </summary>
/// <remarks>
/// With a bulk writer (the seeder's bulk path) the closes' rows go to the store through <see cref="DemoBulkClose"/>
/// and the timeline's changes through prepared updates (<see cref="DemoRowUpdater"/>); without one, through the
/// mutation runner and the change tracker, the reference the bulk path is checked against.
/// </remarks>
internal sealed class DemoHistory(PmoDbContext db, KpiOptions kpiOptions, ILoggerFactory loggers, DemoBulkWriter? writer)
{
    /// <summary>How many months the demo ships closed.</summary>
    public const int ClosedMonths = 12;

    /// <summary>Who the demo's closes are audited as: the PMO office acting as pmo-admin.</summary>
    public const string Actor = "demo:pmo-office";

    private readonly Dictionary<int, DemoProjectPlan> _plans = [];

    public static DateOnly FirstMonth => DemoCalendar.StatusMonth.AddMonths(1 - ClosedMonths);

    /// <summary>Remembers the plan behind a saved project (its id is known once saved).</summary>
    public void Remember(Project project, DemoProjectPlan plan) => _plans[project.Id] = plan;

    public async Task CloseMonthsAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var seeded = await SeededAsync(cancellationToken);
        var office = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PmoRoles.SubjectClaimType, Actor), new Claim(PmoRoles.ClaimType, PmoRoles.PmoAdmin)], "demo", PmoRoles.SubjectClaimType, PmoRoles.ClaimType));
        var stored = new Dictionary<int, RowState>(seeded);
        foreach (var month in DemoCalendar.Months(FirstMonth, DemoCalendar.StatusMonth))
        {
            var end = month.AddMonths(1).AddDays(-1);

            // Closed on the third day after the month's end, as a PMO office does, so every run is identical.
            var closedAt = DemoCalendar.At(end.AddDays(3), 9, 0);
            if (writer is not null)
            {
                await UpdateAsOfAsync(end, seeded, stored, cancellationToken);
                await new DemoBulkClose(db, writer, kpiOptions).CloseAsync(office, month, closedAt, cancellationToken);
                continue;
            }

            await SetAsOfAsync(end, seeded, cancellationToken);
            var runner = new MutationRunner(db, new DemoClock(closedAt), new WriteRules(db), loggers.CreateLogger<MutationRunner>());
            var payload = await runner.RunAsync("closePeriod", office, (scope, ct) => PeriodCloser.CloseAsync(scope, month, false, kpiOptions, ct), cancellationToken);
            if (payload.Errors is { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"The demo's close of {month:yyyy-MM} failed: {errors[0].Message}");
            }
        }

        // The rows the timeline moved are back as seeded; no client has changed them, so they read as first written.
        await db.Set<Project>().ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, 1L), cancellationToken);
        await db.Set<Milestone>().ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, 1L), cancellationToken);
        var elapsed = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        loggers.CreateLogger<DemoPortfolioSeeder>().DemoHistoryClosed(ClosedMonths, FirstMonth, DemoCalendar.StatusMonth, elapsed);
    }

    /// <summary>The seeded values of what the timeline moves, to put back at the status month.</summary>
    private async Task<Dictionary<int, RowState>> SeededAsync(CancellationToken cancellationToken) =>
        await db.Set<Project>().AsNoTracking()
            .Select(p => new RowState(p.Id, p.IsArchived, p.PercentComplete, p.ActualFinish,
                p.Milestones.OrderBy(m => m.Id).Select(m => new MilestoneState(m.Id, m.ActualDate, m.PercentComplete)).ToList()))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

    /// <summary>The change tracker's way: every project and milestone loaded, set as of the month's end and saved.</summary>
    private async Task SetAsOfAsync(DateOnly end, Dictionary<int, RowState> seeded, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var projects = await db.Set<Project>().Include(p => p.Milestones).ToListAsync(cancellationToken);
        foreach (var project in projects)
        {
            var state = AsOf(seeded[project.Id], end);
            (project.IsArchived, project.PercentComplete, project.ActualFinish) = (state.IsArchived, state.PercentComplete, state.ActualFinish);
            foreach (var (milestone, was) in project.Milestones.OrderBy(m => m.Id).Zip(state.Milestones))
            {
                (milestone.ActualDate, milestone.PercentComplete) = (was.ActualDate, was.PercentComplete);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The bulk way: the same states as of the month's end, each row that differs from what <paramref name="stored"/>
    /// holds updated by a prepared statement. Versions are not bumped, as the change tracker's way bumps them: both put
    /// every version back to 1 after the last close, and the closes do not read them.
    /// </summary>
    private async Task UpdateAsOfAsync(DateOnly end, Dictionary<int, RowState> seeded, Dictionary<int, RowState> stored, CancellationToken cancellationToken)
    {
        await using var projects = DemoRowUpdater.Create<Project>(db, nameof(Project.IsArchived), nameof(Project.PercentComplete), nameof(Project.ActualFinish));
        await using var milestones = DemoRowUpdater.Create<Milestone>(db, nameof(Milestone.ActualDate), nameof(Milestone.PercentComplete));
        foreach (var (id, original) in seeded)
        {
            var (state, was) = (AsOf(original, end), stored[id]);
            if ((state.IsArchived, state.PercentComplete, state.ActualFinish) != (was.IsArchived, was.PercentComplete, was.ActualFinish))
            {
                await projects.UpdateAsync(id, [state.IsArchived, state.PercentComplete, state.ActualFinish], cancellationToken);
            }

            foreach (var (milestone, before) in state.Milestones.Zip(was.Milestones))
            {
                if (milestone != before)
                {
                    await milestones.UpdateAsync(milestone.Id, [milestone.ActualDate, milestone.PercentComplete], cancellationToken);
                }
            }

            stored[id] = state;
        }
    }

    /// <summary>
    /// What the timeline moves, as it stood at <paramref name="end"/>: the seeded values from the status date on, or for a
    /// project without a remembered plan; before it, the values the plan's progress curves give at that date.
    /// </summary>
    private RowState AsOf(RowState original, DateOnly end)
    {
        if (end >= DemoCalendar.StatusDate || !_plans.TryGetValue(original.Id, out var plan))
        {
            return original;
        }

        // A project first proposed after the month's end was not in the portfolio yet: the close leaves it out as
        // it leaves out an archived one.
        var milestones = original.Milestones.Select((was, i) => i >= plan.MilestoneNames.Length ? was : was with
        {
            ActualDate = DemoProgress.IsAchieved(plan, i, end) ? DemoProgress.ForecastOf(plan, plan.MilestoneBaselines[i]) : null,
            PercentComplete = plan.IsStarted ? DemoProgress.MilestonePercent(plan, i, end) : 0m,
        });
        return original with
        {
            IsArchived = original.IsArchived || plan.StageEntries.FirstOrDefault(d => d is not null) is not { } created || created > end,
            PercentComplete = plan.IsStarted ? DemoProgress.PercentComplete(plan, end) : original.PercentComplete,
            ActualFinish = plan.ActualFinish is { } finish && finish <= end ? finish : null,
            Milestones = [.. milestones],
        };
    }

    private sealed record RowState(int Id, bool IsArchived, decimal PercentComplete, DateOnly? ActualFinish, List<MilestoneState> Milestones);

    private sealed record MilestoneState(int Id, DateOnly? ActualDate, decimal PercentComplete);

    /// <summary>The demo's clock: the instant of the close it is running.</summary>
    private sealed class DemoClock(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
    }
}
