using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Decides a project's stage-consistent dates, budget and people. Idea and Proposed projects have only planned
/// dates; Approved and Planning have a baseline in the future; the started stages are placed by
/// <see cref="DemoDeliveryPlanner"/>; Cancelled projects were killed in one of the earlier stages.
/// </summary>
internal sealed class DemoProjectPlanner(DemoRun run)
{
    private readonly DemoRandom _random = run.Random;
    private readonly DemoMilestonePlanner _milestones = new(run.Random);
    private readonly DemoDeliveryPlanner _delivery = new(run.Random);

    public DemoProjectPlan Plan(int index)
    {
        var directory = run.Directory;
        var stage = run.Stages[index];
        var reached = stage == LifecycleStage.Cancelled
            ? _random.Pick([LifecycleStage.Proposed, LifecycleStage.Approved, LifecycleStage.Planning, LifecycleStage.Executing, LifecycleStage.Executing])
            : stage;
        var programIndex = (int)((long)index * directory.ProgramIds.Length / run.Sizing.Projects);
        var plan = new DemoProjectPlan
        {
            Index = index,
            Stage = stage,
            Reached = reached,
            Theme = directory.ProgramThemes[programIndex],
            Health = (DemoHealth)_random.Weighted(66, 19, 15),
            Currency = _random.Weighted(80, 12, 8) switch { 0 => "EUR", 1 => "USD", _ => "GBP" },
            ProgramIndex = programIndex,
            ProgramId = directory.ProgramIds[programIndex],
            SponsorId = _random.Pick(directory.ExecutiveIds),
            DepartmentId = _random.Pick(directory.DepartmentIds),
            Method = (EarnedValueMethod)_random.Weighted(70, 10, 10, 10),
        };
        plan.ManagerId = stage == LifecycleStage.Idea && _random.Chance(0.5) ? null : _random.Pick(directory.ProjectManagerIds);

        var days = PlanDates(plan);
        plan.Budget = Math.Max(50_000m, Math.Round(MonthlyBurn() * days / 30.4m / 5_000m) * 5_000m);
        if (plan.HasBaseline)
        {
            if (plan.Weights.Length == 0)
            {
                _milestones.Plan(plan);
            }

            PlanApprovedChange(plan);
            plan.CapexShare = _random.Chance(0.4) ? _random.Decimal(0.35m, 0.75m, 2) : null;
        }
        else
        {
            plan.PlannedFinish = plan.PlannedStart.AddDays(days);
        }

        _milestones.PlanStageEntries(plan);
        DemoMilestonePlanner.Settle(plan);
        return plan;
    }

    /// <summary>Sets the stage's dates and returns the (baseline or planned) duration in days.</summary>
    private int PlanDates(DemoProjectPlan plan)
    {
        var today = DemoCalendar.StatusDate;
        if (plan.Reached >= LifecycleStage.Executing)
        {
            _delivery.SetPerformance(plan);
        }

        switch (plan.Stage)
        {
            case LifecycleStage.Idea:
                return PlanOnly(plan, today.AddDays(_random.Between(90, 540)));
            case LifecycleStage.Proposed:
                return PlanOnly(plan, today.AddDays(_random.Between(45, 400)));
            case LifecycleStage.Approved:
                plan.ForecastSlipDays = _random.Chance(0.25) ? _random.Between(7, 45) : 0;
                return DemoDeliveryPlanner.SetBaseline(plan, today.AddDays(_random.Between(30, 240)), Months(6, 24));
            case LifecycleStage.Planning:
                plan.ForecastSlipDays = _random.Chance(0.25) ? _random.Between(7, 45) : 0;
                return DemoDeliveryPlanner.SetBaseline(plan, today.AddDays(_random.Between(10, 150)), Months(6, 24));
            case LifecycleStage.Executing:
                return _delivery.PlanExecuting(plan);
            case LifecycleStage.Closing:
                return _delivery.PlanClosing(plan);
            case LifecycleStage.Closed:
                return _delivery.PlanClosed(plan);
            default:
                plan.KilledOn = _random.Date(new DateOnly(2025, 4, 1), new DateOnly(2026, 10, 20));
                return plan.Reached switch
                {
                    LifecycleStage.Proposed => PlanOnly(plan, plan.KilledOn.Value.AddDays(_random.Between(60, 300))),
                    LifecycleStage.Executing => _delivery.StartedBefore(plan, plan.KilledOn.Value),
                    _ => DemoDeliveryPlanner.SetBaseline(plan, plan.KilledOn.Value.AddDays(_random.Between(30, 150)), Months(6, 24)),
                };
        }
    }

    private int PlanOnly(DemoProjectPlan plan, DateOnly plannedStart)
    {
        plan.PlannedStart = plannedStart;
        return Months(6, 24);
    }

    /// <summary>Spend per month: many small projects, fewer medium, a handful of large ones.</summary>
    private decimal MonthlyBurn() => _random.Weighted(40, 40, 20) switch
    {
        0 => _random.Between(2, 8) * 5_000m,
        1 => _random.Between(8, 20) * 5_000m,
        _ => _random.Between(20, 44) * 5_000m,
    };

    private void PlanApprovedChange(DemoProjectPlan plan)
    {
        if (!plan.IsStarted || !_random.Chance(0.35))
        {
            plan.PlannedFinish = plan.BaselineFinish!.Value;
            return;
        }

        var from = plan.ActualStart!.Value.AddDays(30);
        var to = DemoCalendar.Min(DemoCalendar.StatusDate, plan.KilledOn ?? plan.ActualFinish ?? DateOnly.MaxValue).AddDays(-5);
        if (from < to)
        {
            plan.ApprovedChangeOn = _random.Date(from, to);
            plan.ApprovedChangeDays = _random.Between(0, 8) * 7;
            plan.ApprovedChangeCost = Math.Round(plan.Budget * _random.Decimal(0.03m, 0.12m, 2) / 1_000m) * 1_000m;
            plan.Budget += plan.ApprovedChangeCost;
        }

        // The baseline already includes the approved change: the original plan finished that much earlier.
        plan.PlannedFinish = plan.BaselineFinish!.Value.AddDays(-plan.ApprovedChangeDays);
    }

    private int Months(int min, int max) => _random.Between(min, max) * 30;
}
