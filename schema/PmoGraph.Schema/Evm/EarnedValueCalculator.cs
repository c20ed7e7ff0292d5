using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Evm;

/// <summary>
/// The earned-value engine, as pure functions of the plan, the milestones and the costs (docs/kpis.md and DESIGN.md
/// give the definitions). Ratios are rounded to 4 decimals and amounts to the cent; a ratio with a zero denominator is
/// null. A roll-up sums PV, EV, AC and BAC over its projects and recomputes every ratio from the sums.
/// </summary>
public static class EarnedValueCalculator
{
    /// <summary>One project's measures at the end of <paramref name="asOf"/>.</summary>
    public static EarnedValueMeasures Measure(ProjectEvmInputs project, DateOnly asOf) => Rollup([project], asOf);

    /// <summary>The measures of several projects taken together (a program, portfolio or department).</summary>
    public static EarnedValueMeasures Rollup(IReadOnlyCollection<ProjectEvmInputs> projects, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var curves = projects.Select(p => PlannedValueCurve.From(p.Months, p.BaselineStart)).ToList();
        var totals = new Totals();
        foreach (var (project, curve) in projects.Zip(curves))
        {
            totals.BudgetAtCompletion += project.BudgetAtCompletion;
            totals.PlannedValue += curve?.ValueAt(asOf) ?? 0m;
            totals.EarnedValue += EarnedValue(project, asOf);
            totals.ActualCost += project.Months.Where(m => m.Month <= asOf).Sum(m => m.Actual);
            totals.BottomUpEstimateToComplete += project.Months.Where(m => m.Month > asOf).Sum(m => m.Forecast);
        }

        var combined = PlannedValueCurve.Combine(curves);
        var finishedAll = projects.Count > 0 && projects.All(p => p.ActualFinish is { } f && f <= asOf);
        var timeEnd = finishedAll ? projects.Max(p => p.ActualFinish!.Value) : asOf;
        return FromTotals(totals, asOf, projects.Count, combined, timeEnd);
    }

    /// <summary>
    /// EV by the project's method. Weighted milestones and 0/100 credit a milestone's value (its amount, else weight x
    /// BAC) only once it is achieved; 50/50 credits half of it as soon as the milestone has progress and the rest when
    /// it is achieved; percent complete credits BAC x the project's percent complete.
    /// </summary>
    public static decimal EarnedValue(ProjectEvmInputs project, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(project);
        var bac = project.BudgetAtCompletion;
        var earned = project.Method switch
        {
            EarnedValueMethod.PercentComplete => bac * Math.Clamp(project.PercentComplete, 0m, 100m) / 100m,
            EarnedValueMethod.FiftyFifty => project.Milestones.Sum(m =>
                m.AchievedBy(asOf) ? m.ValueOf(bac) : m.PercentComplete > 0m ? m.ValueOf(bac) / 2m : 0m),
            _ => project.Milestones.Where(m => m.AchievedBy(asOf)).Sum(m => m.ValueOf(bac)),
        };
        return Math.Round(earned, 2);
    }

    private static EarnedValueMeasures FromTotals(Totals t, DateOnly asOf, int count, PlannedValueCurve? curve, DateOnly timeEnd)
    {
        var (bac, pv, ev, ac) = (t.BudgetAtCompletion, t.PlannedValue, t.EarnedValue, t.ActualCost);
        var spi = Ratio(ev, pv);
        var cpi = Ratio(ev, ac);
        var eac = cpi is > 0m ? EstimateAtCompletion(bac, ac, ev) : null;
        var earnedSchedule = curve is null ? (decimal?)null : Math.Round(curve.EarnedSchedule(ev), 4);
        var actualTime = curve is null ? (decimal?)null : Math.Round(curve.ElapsedMonths(timeEnd), 4);
        return new EarnedValueMeasures
        {
            AsOf = asOf,
            ProjectCount = count,
            HasBaseline = curve is not null,
            BudgetAtCompletion = bac,
            PlannedValue = pv,
            EarnedValue = ev,
            ActualCost = ac,
            BottomUpEstimateToComplete = t.BottomUpEstimateToComplete,
            ScheduleVariance = ev - pv,
            CostVariance = ev - ac,
            SchedulePerformanceIndex = spi,
            CostPerformanceIndex = cpi,
            EstimateAtCompletion = eac,
            EstimateAtCompletionAtBudgetRate = ac + (bac - ev),
            EstimateAtCompletionCpiSpi = cpi is { } c && spi is { } s && c != 0m && s != 0m && (c > 0m) == (s > 0m)
                ? EstimateAtCompletionCpiSpi(bac, pv, ev, ac)
                : null,
            EstimateAtCompletionBottomUp = ac + t.BottomUpEstimateToComplete,
            EstimateToComplete = eac - ac,
            VarianceAtCompletion = bac - eac,
            ToCompletePerformanceIndex = Ratio(bac - ev, bac - ac),
            EarnedSchedule = earnedSchedule,
            ActualTime = actualTime,
            ScheduleVarianceTime = earnedSchedule - actualTime,
            SchedulePerformanceIndexTime = earnedSchedule is { } es && actualTime is { } at ? Ratio(es, at) : null,
        };
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> to 4 decimals, null when dividing by zero.</summary>
    public static decimal? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : Math.Round(numerator / denominator, 4);

    private static decimal Money(decimal amount) => Math.Round(amount, 2);

    // Totals of a portfolio at the money bound reach 10^16, so a product of two of them passes decimal's 7.9 x 10^28:
    // each estimate is computed exactly when its product fits, else through the ratio first, and reads null (as a
    // ratio over zero does) only when the estimate itself is beyond decimal's range.

    /// <summary>EAC = BAC / CPI = BAC x AC / EV.</summary>
    private static decimal? EstimateAtCompletion(decimal bac, decimal ac, decimal ev)
    {
        try
        {
            return Money(bac * ac / ev);
        }
        catch (OverflowException)
        {
            return Beyond(() => Money(bac * (ac / ev)));
        }
    }

    /// <summary>EAC = AC + (BAC - EV) / (CPI x SPI) = AC + (BAC - EV) x AC x PV / EV^2.</summary>
    private static decimal? EstimateAtCompletionCpiSpi(decimal bac, decimal pv, decimal ev, decimal ac)
    {
        try
        {
            return Money(ac + ((bac - ev) * ac * pv / (ev * ev)));
        }
        catch (OverflowException)
        {
            return Beyond(() => Money(ac + ((bac - ev) * (ac / ev) * (pv / ev))));
        }
    }

    private static decimal? Beyond(Func<decimal> estimate)
    {
        try
        {
            return estimate();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private sealed class Totals
    {
        public decimal BudgetAtCompletion { get; set; }
        public decimal PlannedValue { get; set; }
        public decimal EarnedValue { get; set; }
        public decimal ActualCost { get; set; }
        public decimal BottomUpEstimateToComplete { get; set; }
    }
}
