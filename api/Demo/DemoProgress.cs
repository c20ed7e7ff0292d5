using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// The progress model behind a demo project. The baseline is a piecewise-linear curve through the milestones'
/// baseline dates and cumulative weights; a started project replays that curve from its actual start at its own pace,
/// and spends at its own cost efficiency. Budget, actual and forecast lines, milestone dates and percent complete are
/// all read off these curves, so CPI and SPI computed from the rows land where the plan intended.
/// </summary>
internal static class DemoProgress
{
    /// <summary>Share of the budget the baseline plans to have spent by a (fractional) day number.</summary>
    public static double PlannedShare(DemoProjectPlan plan, double dayNumber)
    {
        if (!plan.HasBaseline)
        {
            return 0;
        }

        double x0 = plan.BaselineStart!.Value.DayNumber;
        var y0 = 0.0;
        if (dayNumber <= x0)
        {
            return 0;
        }

        for (var i = 0; i < plan.Weights.Length; i++)
        {
            double x1 = plan.MilestoneBaselines[i].DayNumber;
            var y1 = y0 + (double)plan.Weights[i];
            if (dayNumber <= x1)
            {
                return y0 + ((y1 - y0) * (dayNumber - x0) / (x1 - x0));
            }

            (x0, y0) = (x1, y1);
        }

        return 1;
    }

    /// <summary>Days from the baseline start at which the baseline plans to have spent a share of the budget.</summary>
    public static double OffsetForShare(DemoProjectPlan plan, double share)
    {
        var start = plan.BaselineStart!.Value.DayNumber;
        double x0 = 0, y0 = 0;
        for (var i = 0; i < plan.Weights.Length; i++)
        {
            double x1 = plan.MilestoneBaselines[i].DayNumber - start;
            var y1 = y0 + (double)plan.Weights[i];
            if (share <= y1)
            {
                return x0 + ((share - y0) / (y1 - y0) * (x1 - x0));
            }

            (x0, y0) = (x1, y1);
        }

        return x0;
    }

    /// <summary>Share of the work performed by a day (work stops when the project finishes or is killed).</summary>
    public static double Performed(DemoProjectPlan plan, DateOnly day)
    {
        if (!plan.IsStarted)
        {
            return 0;
        }

        if (plan.ActualFinish is { } finish && day >= finish)
        {
            return 1;
        }

        if (plan.KilledOn is { } killed && day > killed)
        {
            day = killed;
        }

        var elapsed = day.DayNumber - plan.ActualStart!.Value.DayNumber;
        return PlannedShare(plan, plan.BaselineStart!.Value.DayNumber + (elapsed * (double)plan.ScheduleEfficiency));
    }

    /// <summary>When the project reaches (or reached) the point of the plan a baseline date stands for.</summary>
    public static DateOnly ForecastOf(DemoProjectPlan plan, DateOnly baselineDate)
    {
        if (!plan.IsStarted)
        {
            return baselineDate.AddDays(plan.ForecastSlipDays);
        }

        var span = baselineDate.DayNumber - plan.BaselineStart!.Value.DayNumber;
        return plan.ActualStart!.Value.AddDays((int)Math.Round(span / (double)plan.ScheduleEfficiency));
    }

    public static bool IsAchieved(DemoProjectPlan plan, int milestone) => IsAchieved(plan, milestone, DemoCalendar.StatusDate);

    /// <summary>Whether the milestone had been achieved by the end of <paramref name="asOf"/>.</summary>
    public static bool IsAchieved(DemoProjectPlan plan, int milestone, DateOnly asOf)
    {
        if (!plan.IsStarted)
        {
            return false;
        }

        var reached = ForecastOf(plan, plan.MilestoneBaselines[milestone]);
        return reached <= asOf && (plan.KilledOn is not { } killed || reached <= killed);
    }

    /// <summary>Progress toward a milestone: 100 once achieved, partial for the one in progress, 0 after.</summary>
    public static decimal MilestonePercent(DemoProjectPlan plan, int milestone) => MilestonePercent(plan, milestone, DemoCalendar.StatusDate);

    /// <summary>Progress toward a milestone at the end of <paramref name="asOf"/>.</summary>
    public static decimal MilestonePercent(DemoProjectPlan plan, int milestone, DateOnly asOf)
    {
        if (IsAchieved(plan, milestone, asOf))
        {
            return 100m;
        }

        var before = 0.0;
        for (var i = 0; i < milestone; i++)
        {
            before += (double)plan.Weights[i];
        }

        var share = (Performed(plan, asOf.AddDays(1)) - before) / (double)plan.Weights[milestone];
        return Math.Clamp(Math.Round((decimal)share * 100m, 2), 0m, 99m);
    }

    /// <summary>Physical percent complete at the end of <paramref name="asOf"/>: 100 once finished, else the work performed.</summary>
    public static decimal PercentComplete(DemoProjectPlan plan, DateOnly asOf) =>
        plan.ActualFinish is { } finish && finish <= asOf ? 100m : Math.Round((decimal)Performed(plan, asOf.AddDays(1)) * 100m, 2);

    /// <summary>Earned value at the status date as a share of the budget, credited by the project's method.</summary>
    public static decimal EarnedShare(DemoProjectPlan plan)
    {
        if (plan.Method == EarnedValueMethod.PercentComplete)
        {
            return plan.PercentComplete / 100m;
        }

        var earned = 0m;
        for (var i = 0; i < plan.Weights.Length; i++)
        {
            if (IsAchieved(plan, i))
            {
                earned += plan.Weights[i];
            }
            else
            {
                // 50/50 credits half a milestone once work on it has started.
                if (plan.Method == EarnedValueMethod.FiftyFifty && MilestonePercent(plan, i) > 0m)
                {
                    earned += plan.Weights[i] / 2m;
                }

                break;
            }
        }

        return earned;
    }

    /// <summary>Cost booked from the actual start up to a month boundary (never past the status month).</summary>
    public static decimal ActualCumulative(DemoProjectPlan plan, DateOnly boundary)
    {
        var end = Performed(plan, DemoCalendar.ActualsEnd);
        if (end <= 0)
        {
            return 0m;
        }

        var performed = Performed(plan, DemoCalendar.Min(boundary, DemoCalendar.ActualsEnd));
        return plan.ActualCost * (decimal)(performed / end);
    }

    /// <summary>Actual cost to the status month, then the estimate to complete along the rest of the curve.</summary>
    public static decimal ForecastCumulative(DemoProjectPlan plan, DateOnly boundary)
    {
        if (!plan.IsStarted)
        {
            return plan.KilledOn is null
                ? plan.Budget * (decimal)PlannedShare(plan, boundary.DayNumber - plan.ForecastSlipDays)
                : 0m;
        }

        if (boundary <= DemoCalendar.ActualsEnd || plan.ActualFinish is not null || plan.KilledOn is not null)
        {
            return ActualCumulative(plan, boundary);
        }

        var end = Performed(plan, DemoCalendar.ActualsEnd);
        var remaining = 1 - end;
        var progress = remaining <= 1e-9 ? 1 : Math.Clamp((Performed(plan, boundary) - end) / remaining, 0, 1);
        return plan.ActualCost + ((plan.EstimateAtCompletion - plan.ActualCost) * (decimal)progress);
    }
}
