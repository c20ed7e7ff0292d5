namespace PmoGraph.Schema.Mutations;

/// <summary>
/// The ranges a PMO means for the values it stores: what every mutation input is held to before a handler runs
/// (<see cref="InputRangeCheck"/>), and what sums over stored rows are sized for.
/// </summary>
public static class ValueRanges
{
    /// <summary>The largest amount of money in magnitude: 10^12 (a trillion in any currency).</summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    /// <summary>Money has at most two decimals (cents).</summary>
    public const int MoneyDecimals = 2;

    /// <summary>The bound money inputs are described with in the schema.</summary>
    public const string MoneyText = "at most 10^12 in magnitude, with at most two decimals";

    /// <summary>The first day a stored date may be.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>The last day a stored date may be; with <see cref="EarliestDate"/>, bi_dim_date stays under 110,000 rows.</summary>
    public static readonly DateOnly LatestDate = new(2200, 12, 31);

    /// <summary>The date window as the schema describes it.</summary>
    public const string DateWindowText = "from 1900-01-01 to 2200-12-31";

    /// <summary>The range of a money field.</summary>
    public static readonly InputRange Money = new(-MaxMoney, MaxMoney, MoneyDecimals);

    /// <summary>Whether <paramref name="value"/> is a date inside the window.</summary>
    public static bool IsInWindow(DateOnly value) => value >= EarliestDate && value <= LatestDate;
}
