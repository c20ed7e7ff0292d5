using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Lays out a baselined project's milestones (3-7, weights in twentieths summing to exactly 1), the dates it passed
/// each lifecycle gate, and the measures at the status date that follow from them.
/// </summary>
internal sealed class DemoMilestonePlanner(DemoRandom random)
{
    private const int Units = 20;
    private const decimal UnitWeight = 1m / Units;

    public void Plan(DemoProjectPlan plan)
    {
        var count = random.Between(3, 7);
        var picked = random.Distinct(count - 1, DemoTexts.Milestones.Count);
        picked.Sort();
        plan.MilestoneNames = [.. picked.Select(i => DemoTexts.Milestones[i]), DemoTexts.ClosureMilestone];

        // Positions along the baseline (0..1): mobilisation early, go-live (or its like) near the end, closure last,
        // the rest spread between with some jitter.
        var positions = new double[count];
        positions[0] = random.Between(6, 12) / 100.0;
        positions[^1] = 1.0;
        positions[^2] = random.Between(85, 92) / 100.0;
        for (var j = 1; j < count - 2; j++)
        {
            var even = positions[0] + ((positions[^2] - positions[0]) * j / (count - 2));
            positions[j] = Math.Max(positions[j - 1] + 0.05, even + (random.Between(-4, 4) / 100.0));
        }

        // Mobilisation and closure carry little value; the delivery milestones share the rest by the time they span.
        var units = new int[count];
        units[0] = random.Between(1, 2);
        units[^1] = random.Between(1, 2);
        var rest = Units - units[0] - units[^1];
        var span = positions[^2] - positions[0];
        for (var j = 1; j < count - 1; j++)
        {
            units[j] = Math.Max(1, (int)Math.Round((positions[j] - positions[j - 1]) / span * rest));
        }

        // Make the units add up to exactly 20 by nudging the largest (or, to add, the smallest) delivery milestone.
        for (var total = units.Sum(); total != Units; total = units.Sum())
        {
            var delivery = units[1..^1];
            var target = 1 + Array.IndexOf(delivery, total > Units ? delivery.Max() : delivery.Min());
            units[target] += total > Units ? -1 : 1;
        }

        var start = plan.BaselineStart!.Value;
        var days = plan.BaselineFinish!.Value.DayNumber - start.DayNumber;
        plan.Weights = [.. units.Select(u => u * UnitWeight)];
        plan.MilestoneBaselines = [.. positions.Select(p => start.AddDays((int)Math.Round(p * days)))];
        plan.MilestoneBaselines[^1] = plan.BaselineFinish!.Value;
    }

    /// <summary>Dates the project entered each stage it reached, anchored on its actual dates where it has them.</summary>
    public void PlanStageEntries(DemoProjectPlan plan)
    {
        var entries = plan.StageEntries;
        var today = DemoCalendar.StatusDate;
        var anchor = plan.KilledOn ?? today;
        var reached = plan.Reached;
        if (reached >= LifecycleStage.Executing)
        {
            entries[(int)LifecycleStage.Executing] = plan.ActualStart;
        }

        if (reached == LifecycleStage.Closing)
        {
            // The closing gate follows the last delivery milestone (the one before closure).
            var delivered = DemoProgress.ForecastOf(plan, plan.MilestoneBaselines[^2]);
            entries[(int)LifecycleStage.Closing] = DemoCalendar.Min(today, delivered.AddDays(random.Between(0, 10)));
        }
        else if (reached == LifecycleStage.Closed)
        {
            entries[(int)LifecycleStage.Closing] = plan.ActualFinish!.Value.AddDays(-random.Between(10, 30));
            entries[(int)LifecycleStage.Closed] = DemoCalendar.Min(today, plan.ActualFinish.Value.AddDays(random.Between(10, 40)));
        }

        (int Min, int Max)[] gaps = [(30, 120), (30, 90), (20, 60), (30, 75)];
        (int Min, int Max)[] sinceEntry = [(10, 300), (10, 200), (5, 150), (10, 120)];
        for (var stage = (int)LifecycleStage.Planning; stage >= (int)LifecycleStage.Idea; stage--)
        {
            if (stage > (int)reached || entries[stage] is not null)
            {
                continue;
            }

            entries[stage] = entries[stage + 1] is { } next
                ? next.AddDays(-random.Between(gaps[stage].Min, gaps[stage].Max))
                : anchor.AddDays(-random.Between(sinceEntry[stage].Min, sinceEntry[stage].Max));
        }
    }

    /// <summary>Fixes the measures at the status date: percent complete, earned value, actual cost and the estimate.</summary>
    public static void Settle(DemoProjectPlan plan)
    {
        if (!plan.IsStarted)
        {
            plan.ForecastFinish = plan.HasBaseline && plan.KilledOn is null
                ? plan.BaselineFinish!.Value.AddDays(plan.ForecastSlipDays)
                : null;
            plan.EstimateAtCompletion = plan.KilledOn is null ? plan.Budget : 0m;
            return;
        }

        var performed = DemoProgress.Performed(plan, DemoCalendar.ActualsEnd);
        var planned = (decimal)DemoProgress.PlannedShare(plan, DemoCalendar.ActualsEnd.DayNumber);
        plan.PercentComplete = plan.ActualFinish is null ? Math.Round((decimal)performed * 100m, 2) : 100m;
        plan.EarnedShare = DemoProgress.EarnedShare(plan);
        plan.SchedulePerformance = planned > 0m ? plan.EarnedShare / planned : 1m;
        var worked = plan.EarnedShare > 0m ? plan.EarnedShare : (decimal)performed;
        plan.ActualCost = Math.Round(plan.Budget * worked / plan.CostEfficiency, 2);
        if (plan.ActualFinish is not null || plan.KilledOn is not null)
        {
            plan.ForecastFinish = plan.ActualFinish;
            plan.EstimateAtCompletion = plan.ActualCost;
            return;
        }

        // Project managers forecast the rest a little better than the cost performance so far.
        var outlook = plan.CostEfficiency + ((1m - plan.CostEfficiency) * 0.4m);
        plan.ForecastFinish = DemoProgress.ForecastOf(plan, plan.BaselineFinish!.Value);
        plan.EstimateAtCompletion = Math.Round(plan.ActualCost + (plan.Budget * (1m - plan.EarnedShare) / outlook), 2);
    }
}
