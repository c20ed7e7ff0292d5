using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Places projects that have started on the calendar. An executing project is placed so that at the status date its
/// milestone-based SPI is the one its health asks for: weighted milestones earn value in steps, so a baseline laid
/// down at random would make most projects look late. Closing and closed projects finish at their own pace.
/// </summary>
internal sealed class DemoDeliveryPlanner(DemoRandom random)
{
    private static readonly DateOnly _earliestStart = new(2024, 1, 20);
    private readonly DemoMilestonePlanner _milestones = new(random);

    public static int SetBaseline(DemoProjectPlan plan, DateOnly start, int days)
    {
        plan.BaselineStart = start;
        plan.BaselineFinish = start.AddDays(days);
        plan.PlannedStart = start;
        return days;
    }

    /// <summary>Draws the cost efficiency (the CPI the project runs at) and the SPI it should show.</summary>
    public void SetPerformance(DemoProjectPlan plan)
    {
        var scheduleHealth = random.Chance(0.7) ? plan.Health : DemoHealth.Green;
        plan.CostEfficiency = plan.Health switch
        {
            DemoHealth.Green => random.Decimal(0.96m, 1.12m, 2),
            DemoHealth.Amber => random.Decimal(0.90m, 0.94m, 2),
            _ => random.Decimal(0.72m, 0.89m, 2),
        };
        plan.ScheduleEfficiency = scheduleHealth switch
        {
            DemoHealth.Green => random.Decimal(0.95m, 1.06m, 2),
            DemoHealth.Amber => random.Decimal(0.90m, 0.94m, 2),
            _ => random.Decimal(0.72m, 0.89m, 2),
        };
    }

    /// <summary>
    /// Lays the baseline so that the budget planned to the status month is earned-so-far / target SPI, then picks the
    /// pace at which exactly those milestones are achieved by the status date.
    /// </summary>
    public int PlanExecuting(DemoProjectPlan plan)
    {
        var target = plan.ScheduleEfficiency;
        var boundary = DemoCalendar.ActualsEnd;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var days = Months(8, 28);
            SetBaseline(plan, boundary, days);
            plan.Weights = [];
            _milestones.Plan(plan);
            var offsets = plan.MilestoneBaselines.Select(d => d.DayNumber - boundary.DayNumber).ToArray();
            var candidates = new List<(int Achieved, int Offset)>();
            var earned = 0m;
            // Not the milestone before closure: a project past that is closing, not executing.
            for (var j = 0; j < plan.Weights.Length - 2; j++)
            {
                earned += plan.Weights[j];
                var planned = (double)(earned / target);
                var offset = planned < 1 ? (int)Math.Round(DemoProgress.OffsetForShare(plan, planned)) : int.MaxValue;
                if (offset is >= 75 and <= 700)
                {
                    candidates.Add((j, offset));
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var (achieved, elapsedOnBaseline) = random.Pick(candidates);
            var start = boundary.AddDays(-elapsedOnBaseline);
            var actualStart = start.AddDays(random.Between(-7, 10));
            var elapsed = (double)(DemoCalendar.StatusDate.DayNumber - actualStart.DayNumber);
            var slowest = offsets[achieved] / elapsed;
            var fastest = offsets[achieved + 1] / elapsed;
            // Just fast enough to have achieved the last milestone due: the pace also sets the forecast finish.
            var pace = Math.Round(Math.Min(slowest * (1.005 + (0.035 * random.NextDouble())), (slowest + fastest) / 2), 3);
            if (pace is < 0.6 or > 1.3)
            {
                continue;
            }

            SetBaseline(plan, start, days);
            plan.MilestoneBaselines = [.. offsets.Select(o => start.AddDays(o))];
            plan.ActualStart = actualStart;
            plan.ScheduleEfficiency = (decimal)pace;
            return days;
        }

        plan.Weights = [];
        return StartedBefore(plan, DemoCalendar.StatusDate);
    }

    /// <summary>
    /// A closing project: every milestone but closure achieved a little before the status date, closure due soon after.
    /// </summary>
    public int PlanClosing(DemoProjectPlan plan)
    {
        var days = Months(8, 24);
        SetBaseline(plan, DemoCalendar.ActualsEnd, days);
        _milestones.Plan(plan);
        var offsets = plan.MilestoneBaselines.Select(d => d.DayNumber - DemoCalendar.ActualsEnd.DayNumber).ToArray();
        var pace = (double)plan.ScheduleEfficiency;
        var tail = (int)Math.Round((days - offsets[^2]) / pace);
        var delivered = DemoCalendar.StatusDate.AddDays(-random.Between(1, Math.Clamp(tail - 1, 1, 60)));
        plan.ActualStart = delivered.AddDays(-(int)Math.Round(offsets[^2] / pace));
        var start = DemoCalendar.Max(plan.ActualStart.Value.AddDays(-random.Between(-10, 30)), DemoCalendar.HorizonStart);
        SetBaseline(plan, start, days);
        plan.MilestoneBaselines = [.. offsets.Select(o => start.AddDays(o))];
        return days;
    }

    /// <summary>
    /// A project that started some time before <paramref name="until"/> and was far from done by then: a project killed
    /// while executing, or (rarely) an executing one no milestone layout suited.
    /// </summary>
    public int StartedBefore(DemoProjectPlan plan, DateOnly until)
    {
        var elapsed = random.Between(60, 400);
        var actualStart = until.AddDays(-elapsed);
        var atLeast = (int)Math.Ceiling(((elapsed * 1.6) + 60) * (double)plan.ScheduleEfficiency);
        var days = Math.Max(atLeast, Months(8, 28));
        plan.ActualStart = actualStart;
        return SetBaseline(plan, actualStart.AddDays(-random.Between(-10, 40)), days);
    }

    /// <summary>A closed project: it finished between February 2025 and September 2026, at its own pace.</summary>
    public int PlanClosed(DemoProjectPlan plan)
    {
        var days = FinishingOn(plan, random.Date(new DateOnly(2025, 2, 1), new DateOnly(2026, 9, 30)), Months(6, 18));
        plan.ActualFinish = DemoProgress.ForecastOf(plan, plan.BaselineFinish!.Value);
        return days;
    }

    /// <summary>A started project whose work ends on <paramref name="finish"/> at its own pace.</summary>
    private int FinishingOn(DemoProjectPlan plan, DateOnly finish, int days)
    {
        var span = (int)Math.Round(days / (double)plan.ScheduleEfficiency);
        if (finish.AddDays(-span) < _earliestStart)
        {
            days = (int)((finish.DayNumber - _earliestStart.DayNumber) * (double)plan.ScheduleEfficiency);
            span = (int)Math.Round(days / (double)plan.ScheduleEfficiency);
        }

        plan.ActualStart = finish.AddDays(-span);
        var baselineStart = plan.ActualStart.Value.AddDays(-random.Between(-10, 30));
        return SetBaseline(plan, DemoCalendar.Max(baselineStart, DemoCalendar.HorizonStart), days);
    }

    private int Months(int min, int max) => random.Between(min, max) * 30;
}
