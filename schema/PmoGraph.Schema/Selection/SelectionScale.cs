namespace PmoGraph.Schema.Selection;

/// <summary>
/// CP-SAT works in integers, so the optimiser's inputs are scaled and rounded once, here: money to cents, hours to
/// hundredths of an hour, strategic value to millionths. A value of 4.25 (sum of weight x score) becomes 4 250 000.
/// Costs and demands round to the nearest unit; limits round down, so a selection that fits in integers fits in reality.
/// </summary>
public static class SelectionScale
{
    public const long MoneyFactor = 100;
    public const long HoursFactor = 100;
    public const long ValueFactor = 1_000_000;

    /// <summary>
    /// The most money all candidates together may cost: 10^16 (10,000 projects at the 10^12 money bound), 10^18 cents,
    /// so every sum CP-SAT forms over costs stays well inside a 64-bit integer.
    /// </summary>
    public const decimal MaxTotalMoney = 10_000_000_000_000_000m;

    public static long Money(decimal amount) => (long)Math.Round(amount * MoneyFactor, MidpointRounding.AwayFromZero);

    public static long MoneyLimit(decimal amount) => (long)Math.Floor(amount * MoneyFactor);

    public static long Hours(decimal hours) => (long)Math.Round(hours * HoursFactor, MidpointRounding.AwayFromZero);

    public static long HoursLimit(decimal hours) => (long)Math.Floor(Math.Max(0, hours) * HoursFactor);

    public static long Value(double value) => (long)Math.Round(value * ValueFactor, MidpointRounding.AwayFromZero);

    public static decimal ToMoney(long cents) => (decimal)cents / MoneyFactor;

    public static double ToValue(long units) => (double)units / ValueFactor;
}
