using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Tests.Evm;

/// <summary>Small projects whose measures are worked out by hand in the tests' comments.</summary>
internal static class EvmExamples
{
    public static DateOnly Month(int month) => new(2026, month, 1);

    public static DateOnly Day(int month, int day) => new(2026, month, day);

    /// <summary>
    /// BAC 1000 planned Jan-Apr 2026 as 100/200/300/400. Actual 120/230/150 in Jan-Mar; April forecast 450.
    /// Milestones: 0.1 achieved 31 Jan, 0.2 achieved 27 Feb, 0.3 at 40% and 0.4 not started.
    /// </summary>
    public static ProjectEvmInputs Behind(EarnedValueMethod method = EarnedValueMethod.WeightedMilestones, decimal percentComplete = 0m) => new(
        1000m,
        method,
        percentComplete,
        Day(1, 10),
        null,
        [
            new MonthlyAmounts(Month(1), 100m, 120m, 120m),
            new MonthlyAmounts(Month(2), 200m, 230m, 230m),
            new MonthlyAmounts(Month(3), 300m, 150m, 150m),
            new MonthlyAmounts(Month(4), 400m, 450m, 0m),
        ],
        [
            new MilestoneCredit(0.1m, null, 100m, Day(1, 31)),
            new MilestoneCredit(0.2m, null, 100m, Day(2, 27)),
            new MilestoneCredit(0.3m, null, 40m, null),
            new MilestoneCredit(0.4m, null, 0m, null),
        ]);

    /// <summary>BAC 500 planned 250/250 in Feb-Mar, actual 200/200, an amount milestone of 250 on 10 Mar and a 0.5 weight on 31 Mar.</summary>
    public static ProjectEvmInputs AheadOnCost() => new(
        500m,
        EarnedValueMethod.WeightedMilestones,
        0m,
        null,
        null,
        [new MonthlyAmounts(Month(2), 250m, 200m, 200m), new MonthlyAmounts(Month(3), 250m, 200m, 200m)],
        [new MilestoneCredit(null, 250m, 100m, Day(3, 10)), new MilestoneCredit(0.5m, null, 100m, Day(3, 31))]);
}
