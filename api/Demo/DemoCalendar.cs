namespace PmoGraph.Api.Demo;

/// <summary>
/// The demo's fixed "today" and the month arithmetic around it. Nothing reads the clock, so every run is identical.
/// </summary>
internal static class DemoCalendar
{
    /// <summary>The status date of every project: the demo is a portfolio as it stood at the end of October 2026.</summary>
    public static DateOnly StatusDate { get; } = new(2026, 10, 31);

    /// <summary>The month of the status date.</summary>
    public static DateOnly StatusMonth { get; } = new(2026, 10, 1);

    /// <summary>The first day after the status month: no actual cost is booked from here on.</summary>
    public static DateOnly ActualsEnd { get; } = new(2026, 11, 1);

    /// <summary>The first month of the plan horizon every dated row falls within.</summary>
    public static DateOnly HorizonStart { get; } = new(2024, 1, 1);

    /// <summary>The last month of the plan horizon.</summary>
    public static DateOnly HorizonEnd { get; } = new(2030, 12, 1);

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static int MonthsBetween(DateOnly fromMonth, DateOnly toMonth) =>
        ((toMonth.Year - fromMonth.Year) * 12) + toMonth.Month - fromMonth.Month;

    /// <summary>First days of every month from <paramref name="firstMonth"/> to <paramref name="lastMonth"/>, both included.</summary>
    public static List<DateOnly> Months(DateOnly firstMonth, DateOnly lastMonth)
    {
        var months = new List<DateOnly>();
        for (var month = MonthOf(firstMonth); month <= lastMonth; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }

    /// <summary>An instant on a demo day, in UTC.</summary>
    public static DateTime At(DateOnly day, int hour, int minute) =>
        new(day.Year, day.Month, day.Day, hour, minute, 0, DateTimeKind.Utc);
}
