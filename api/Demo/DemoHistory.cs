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
internal sealed class DemoHistory(PmoDbContext db, KpiOptions kpiOptions, ILoggerFactory loggers)
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
        foreach (var month in DemoCalendar.Months(FirstMonth, DemoCalendar.StatusMonth))
        {
            var end = month.AddMonths(1).AddDays(-1);
            await SetAsOfAsync(end, seeded, cancellationToken);

            // Closed on the third day after the month's end, as a PMO office does, so every run is identical.
            var runner = new MutationRunner(db, new DemoClock(DemoCalendar.At(end.AddDays(3), 9, 0)), new WriteRules(db), loggers.CreateLogger<MutationRunner>());
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
    private async Task<Dictionary<int, Seeded>> SeededAsync(CancellationToken cancellationToken) =>
        await db.Set<Project>().AsNoTracking()
            .Select(p => new Seeded(p.Id, p.IsArchived, p.PercentComplete, p.ActualFinish,
                p.Milestones.OrderBy(m => m.Id).Select(m => new SeededMilestone(m.Id, m.ActualDate, m.PercentComplete)).ToList()))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

    private async Task SetAsOfAsync(DateOnly end, Dictionary<int, Seeded> seeded, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var projects = await db.Set<Project>().Include(p => p.Milestones).ToListAsync(cancellationToken);
        foreach (var project in projects)
        {
            var original = seeded[project.Id];
            var milestones = project.Milestones.OrderBy(m => m.Id).ToList();
            if (end >= DemoCalendar.StatusDate || !_plans.TryGetValue(project.Id, out var plan))
            {
                (project.IsArchived, project.PercentComplete, project.ActualFinish) = (original.IsArchived, original.PercentComplete, original.ActualFinish);
                foreach (var (milestone, was) in milestones.Zip(original.Milestones))
                {
                    (milestone.ActualDate, milestone.PercentComplete) = (was.ActualDate, was.PercentComplete);
                }

                continue;
            }

            // A project first proposed after the month's end was not in the portfolio yet: the close leaves it out as
            // it leaves out an archived one.
            project.IsArchived = original.IsArchived || plan.StageEntries.FirstOrDefault(d => d is not null) is not { } created || created > end;
            project.PercentComplete = plan.IsStarted ? DemoProgress.PercentComplete(plan, end) : original.PercentComplete;
            project.ActualFinish = plan.ActualFinish is { } finish && finish <= end ? finish : null;
            for (var i = 0; i < milestones.Count && i < plan.MilestoneNames.Length; i++)
            {
                var achieved = DemoProgress.IsAchieved(plan, i, end);
                milestones[i].ActualDate = achieved ? DemoProgress.ForecastOf(plan, plan.MilestoneBaselines[i]) : null;
                milestones[i].PercentComplete = plan.IsStarted ? DemoProgress.MilestonePercent(plan, i, end) : 0m;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private sealed record Seeded(int Id, bool IsArchived, decimal PercentComplete, DateOnly? ActualFinish, List<SeededMilestone> Milestones);

    private sealed record SeededMilestone(int Id, DateOnly? ActualDate, decimal PercentComplete);

    /// <summary>The demo's clock: the instant of the close it is running.</summary>
    private sealed class DemoClock(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
    }
}
