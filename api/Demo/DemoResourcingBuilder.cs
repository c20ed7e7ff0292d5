using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Resources;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Monthly bookings of resources on active projects, six months either side of the status date. Teams are drawn
/// from the whole pool, so some people end up booked on more projects than their month holds.
/// </summary>
internal sealed class DemoResourcingBuilder(DemoRun run)
{
    private static readonly DateOnly _firstMonth = DemoCalendar.StatusMonth.AddMonths(-5);
    private static readonly DateOnly _lastMonth = DemoCalendar.StatusMonth.AddMonths(6);
    private readonly DemoRandom _random = run.Random;

    public void Build(DemoProjectPlan plan, Project project)
    {
        if (plan.Stage is not (LifecycleStage.Approved or LifecycleStage.Planning or LifecycleStage.Executing or LifecycleStage.Closing))
        {
            return;
        }

        // Planning work is booked from the planning gate; delivery from the actual (or baseline) start.
        var start = plan.Stage == LifecycleStage.Planning
            ? plan.StageEntries[(int)LifecycleStage.Planning]!.Value
            : plan.ActualStart ?? plan.BaselineStart!.Value;
        var first = DemoCalendar.Max(DemoCalendar.MonthOf(start), _firstMonth);
        var last = DemoCalendar.Min(DemoCalendar.MonthOf(plan.ForecastFinish ?? plan.BaselineFinish!.Value), _lastMonth);
        if (first > last)
        {
            return;
        }

        var resources = run.Directory.ResourceIds;
        var team = _random.Distinct(_random.Between(2, 5), resources.Length);
        foreach (var member in team)
        {
            var hours = _random.Between(3, 12) * 4;
            foreach (var month in DemoCalendar.Months(first, last))
            {
                var booked = Math.Max(4, hours + (_random.Between(-2, 2) * 4));
                if (plan.Stage == LifecycleStage.Planning && month < plan.BaselineStart!.Value)
                {
                    booked /= 2;
                }

                project.Allocations.Add(new Allocation { ResourceId = resources[member], Month = month, Hours = booked });
            }
        }
    }
}
