using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Monthly budget, forecast and actual lines of a baselined project. Each month's amount is the difference of the
/// rounded cumulative curve at the month's boundaries, so budgets add up to the budget at completion to the cent.
/// Actuals run from the actual start to the status month (or to the finish or kill) and never beyond.
/// </summary>
internal sealed class DemoFinancialsBuilder(DemoRun run)
{
    public void Build(DemoProjectPlan plan, Project project)
    {
        if (!plan.HasBaseline)
        {
            return;
        }

        var first = DemoCalendar.MonthOf(DemoCalendar.Min(plan.BaselineStart!.Value, plan.ActualStart ?? DateOnly.MaxValue));
        var last = DemoCalendar.MonthOf(Latest(plan));
        var dense = run.Sizing.DenseFinancials;
        if (dense)
        {
            first = DemoCalendar.Min(first, DemoCalendar.HorizonStart);
            last = DemoCalendar.Max(last, DemoCalendar.HorizonEnd);
        }

        var split = dense || plan.CapexShare is not null;
        var capexShare = plan.CapexShare ?? 0m;
        var budgetBefore = Budget(plan, first);
        var actualBefore = Actual(plan, first);
        var forecastBefore = Forecast(plan, first);
        foreach (var month in DemoCalendar.Months(first, last))
        {
            var next = month.AddMonths(1);
            var budgetTo = Budget(plan, next);
            var actualTo = Actual(plan, next);
            var forecastTo = Forecast(plan, next);
            var budget = budgetTo - budgetBefore;
            var actual = actualTo - actualBefore;
            var forecast = forecastTo - forecastBefore;
            (budgetBefore, actualBefore, forecastBefore) = (budgetTo, actualTo, forecastTo);
            if (!split)
            {
                project.FinancialLines.Add(Line(month, CostType.Opex, budget, forecast, actual));
                continue;
            }

            var capexBudget = Math.Round(budget * capexShare, 2);
            var capexForecast = Math.Round(forecast * capexShare, 2);
            var capexActual = Math.Round(actual * capexShare, 2);
            project.FinancialLines.Add(Line(month, CostType.Capex, capexBudget, capexForecast, capexActual));
            project.FinancialLines.Add(Line(month, CostType.Opex, budget - capexBudget, forecast - capexForecast, actual - capexActual));
        }
    }

    private static DateOnly Latest(DemoProjectPlan plan)
    {
        var latest = plan.BaselineFinish!.Value;
        foreach (var date in new[] { plan.ForecastFinish, plan.ActualFinish, plan.KilledOn })
        {
            if (date is { } value && value > latest)
            {
                latest = value;
            }
        }

        return latest;
    }

    private static decimal Budget(DemoProjectPlan plan, DateOnly boundary) =>
        Math.Round(plan.Budget * (decimal)DemoProgress.PlannedShare(plan, boundary.DayNumber), 2);

    private static decimal Actual(DemoProjectPlan plan, DateOnly boundary) =>
        Math.Round(DemoProgress.ActualCumulative(plan, boundary), 2);

    private static decimal Forecast(DemoProjectPlan plan, DateOnly boundary) =>
        Math.Round(DemoProgress.ForecastCumulative(plan, boundary), 2);

    private static FinancialLine Line(DateOnly month, CostType type, decimal budget, decimal forecast, decimal actual) =>
        new() { Month = month, CostType = type, Budget = budget, Forecast = forecast, Actual = actual };
}
