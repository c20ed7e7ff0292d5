namespace PmoGraph.Schema.Evm;

/// <summary>
/// The baseline plan as cumulative planned value over months: PV_0 = 0 at the start of the first month and PV_k the
/// budget of the first k months. The curve starts at the earlier of the baseline start's month and the first month
/// with a budget, ends with the last month with a budget, and is linear within a month, so PV at any date and the
/// earned schedule (its inverse) are both defined.
/// </summary>
public sealed class PlannedValueCurve
{
    private readonly decimal[] _monthly;
    private readonly decimal[] _cumulative;

    private PlannedValueCurve(DateOnly start, decimal[] monthly)
    {
        Start = start;
        _monthly = monthly;
        _cumulative = new decimal[monthly.Length + 1];
        for (var k = 0; k < monthly.Length; k++)
        {
            _cumulative[k + 1] = _cumulative[k] + monthly[k];
        }
    }

    /// <summary>The first day of the curve's first month.</summary>
    public DateOnly Start { get; }

    /// <summary>How many months the plan spans.</summary>
    public int Months => _monthly.Length;

    /// <summary>The total planned value (the budget summed over all months).</summary>
    public decimal Total => _cumulative[^1];

    /// <summary>The curve of a project's monthly budget lines, or null where there is no baseline (no positive budget).</summary>
    public static PlannedValueCurve? From(IEnumerable<MonthlyAmounts> months, DateOnly? baselineStart)
    {
        ArgumentNullException.ThrowIfNull(months);
        var budget = months.Where(m => m.Budget != 0m)
            .GroupBy(m => FirstOfMonth(m.Month))
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Budget));
        if (budget.Count == 0 || budget.Values.Sum() <= 0m)
        {
            return null;
        }

        var start = budget.Keys.Min();
        if (baselineStart is { } baseline && FirstOfMonth(baseline) < start)
        {
            start = FirstOfMonth(baseline);
        }

        var count = MonthIndex(budget.Keys.Max()) - MonthIndex(start) + 1;
        var monthly = new decimal[count];
        foreach (var (month, amount) in budget)
        {
            monthly[MonthIndex(month) - MonthIndex(start)] = amount;
        }

        return new PlannedValueCurve(start, monthly);
    }

    /// <summary>The sum of several projects' curves month by month (null where none has a baseline).</summary>
    public static PlannedValueCurve? Combine(IEnumerable<PlannedValueCurve?> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var present = curves.OfType<PlannedValueCurve>().ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var start = present.Min(c => c.Start);
        var end = present.Max(c => MonthIndex(c.Start) + c.Months);
        var monthly = new decimal[end - MonthIndex(start)];
        foreach (var curve in present)
        {
            var offset = MonthIndex(curve.Start) - MonthIndex(start);
            for (var k = 0; k < curve.Months; k++)
            {
                monthly[offset + k] += curve._monthly[k];
            }
        }

        return new PlannedValueCurve(start, monthly);
    }

    /// <summary>
    /// Months from the curve's start to the end of <paramref name="date"/>: whole months plus the elapsed share of the
    /// date's month (day / days in month); never negative. 31 October of a curve starting 1 January is 10.
    /// </summary>
    public decimal ElapsedMonths(DateOnly date)
    {
        var whole = MonthIndex(date) - MonthIndex(Start);
        var elapsed = whole + ((decimal)date.Day / DateTime.DaysInMonth(date.Year, date.Month));
        return Math.Max(0m, elapsed);
    }

    /// <summary>Planned value at the end of <paramref name="date"/>, linear within the month, to the cent.</summary>
    public decimal ValueAt(DateOnly date) => Math.Round(ValueAtTime(ElapsedMonths(date)), 2);

    /// <summary>
    /// Earned schedule for <paramref name="earnedValue"/>: the first time the plan reached it,
    /// ES = C + (EV - PV_C) / (PV_C+1 - PV_C) with C the last whole month whose PV is below EV; capped at the plan's
    /// length when EV exceeds the whole plan, 0 when nothing is earned.
    /// </summary>
    public decimal EarnedSchedule(decimal earnedValue)
    {
        if (earnedValue <= 0m)
        {
            return 0m;
        }

        for (var k = 1; k <= Months; k++)
        {
            if (_cumulative[k] >= earnedValue)
            {
                var c = k - 1;
                return c + ((earnedValue - _cumulative[c]) / (_cumulative[k] - _cumulative[c]));
            }
        }

        return Months;
    }

    private decimal ValueAtTime(decimal months)
    {
        if (months >= Months)
        {
            return Total;
        }

        var whole = (int)Math.Floor(months);
        return _cumulative[whole] + (_monthly[whole] * (months - whole));
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;
}
