using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;
using static PmoGraph.Schema.Tests.Evm.EvmExamples;

namespace PmoGraph.Schema.Tests.Evm;

public sealed class EarnedValueCalculatorTests
{
    [Fact]
    public void Measure_BehindAndOverBudget_MatchesTheHandWorkedFigures()
    {
        var m = EarnedValueCalculator.Measure(Behind(), Day(3, 31));

        // PV = 100 + 200 + 300; EV = (0.1 + 0.2) x 1000; AC = 120 + 230 + 150; bottom-up ETC = April's forecast.
        Assert.Equal((1000m, 600m, 300m, 500m, 450m), (m.BudgetAtCompletion, m.PlannedValue, m.EarnedValue, m.ActualCost, m.BottomUpEstimateToComplete));
        Assert.Equal((-300m, -200m, 0.5m, 0.6m), (m.ScheduleVariance, m.CostVariance, m.SchedulePerformanceIndex, m.CostPerformanceIndex));

        // EAC = 1000 / 0.6; AC + (BAC - EV) = 500 + 700; AC + 700 / (0.6 x 0.5) = 500 + 2333.33; AC + 450.
        Assert.Equal(1666.67m, m.EstimateAtCompletion);
        Assert.Equal(1200m, m.EstimateAtCompletionAtBudgetRate);
        Assert.Equal(2833.33m, m.EstimateAtCompletionCpiSpi);
        Assert.Equal(950m, m.EstimateAtCompletionBottomUp);

        // ETC = 1666.67 - 500; VAC = 1000 - 1666.67; TCPI = 700 / 500.
        Assert.Equal((1166.67m, -666.67m, 1.4m), (m.EstimateToComplete, m.VarianceAtCompletion, m.ToCompletePerformanceIndex));
    }

    [Fact]
    public void Measure_BehindAndOverBudget_EarnedScheduleInterpolatesThePlannedValueCurve()
    {
        var m = EarnedValueCalculator.Measure(Behind(), Day(3, 31));

        // PV curve 0, 100, 300, 600, 1000: EV 300 is reached at the end of month 2 (C = 1: 1 + (300 - 100) / (300 - 100)).
        // AT = 3 months (Jan to end of Mar); SV(t) = 2 - 3; SPI(t) = 2 / 3.
        Assert.Equal((2m, 3m, -1m, 0.6667m), (m.EarnedSchedule, m.ActualTime, m.ScheduleVarianceTime, m.SchedulePerformanceIndexTime));
        Assert.True(m.HasBaseline);
    }

    [Fact]
    public void Measure_MidMonth_PlannedValueIsLinearWithinTheMonth()
    {
        // 14 Feb is half of February's 28 days: PV = 100 + 200 x 0.5; AT = 1.5; EV = 100 (the first milestone).
        var m = EarnedValueCalculator.Measure(Behind(), Day(2, 14));

        Assert.Equal((200m, 100m, 1.5m, 1m), (m.PlannedValue, m.EarnedValue, m.ActualTime, m.EarnedSchedule));
    }

    [Theory]
    [InlineData(EarnedValueMethod.WeightedMilestones, 0, 300)] // 100 + 200 achieved
    [InlineData(EarnedValueMethod.ZeroHundred, 0, 300)] // achieved milestones only, as above
    [InlineData(EarnedValueMethod.FiftyFifty, 0, 450)] // 100 + 200 + half of the started 300
    [InlineData(EarnedValueMethod.PercentComplete, 35, 350)] // 35% of 1000
    public void EarnedValue_EachMethod_CreditsAsDefined(EarnedValueMethod method, int percentComplete, int expected)
    {
        Assert.Equal(expected, EarnedValueCalculator.EarnedValue(Behind(method, percentComplete), Day(3, 31)));
    }

    [Fact]
    public void Measure_NoBaseline_HasNullRatiosAndNoSchedule()
    {
        var m = EarnedValueCalculator.Measure(ProjectEvmInputs.Empty(500m), Day(3, 31));

        Assert.False(m.HasBaseline);
        Assert.Equal((0m, 0m, 0m), (m.PlannedValue, m.EarnedValue, m.ActualCost));
        Assert.Equal<decimal?>([null, null, null, null, null, null, null, null, null],
            [m.SchedulePerformanceIndex, m.CostPerformanceIndex, m.EstimateAtCompletion, m.EstimateAtCompletionCpiSpi, m.EstimateToComplete,
             m.VarianceAtCompletion, m.EarnedSchedule, m.ScheduleVarianceTime, m.SchedulePerformanceIndexTime]);

        // TCPI = (500 - 0) / (500 - 0); EAC at budget rate = 0 + 500.
        Assert.Equal((1m, 500m), (m.ToCompletePerformanceIndex, m.EstimateAtCompletionAtBudgetRate));
    }

    [Fact]
    public void Measure_NothingSpentNorEarned_CpiAndEacAreNullWhileSpiIsZero()
    {
        var project = Behind() with { Months = [.. Behind().Months.Select(l => l with { Actual = 0m })], Milestones = [] };

        var m = EarnedValueCalculator.Measure(project, Day(2, 28));

        // PV = 300, EV = 0, AC = 0: SPI = 0 / 300; CPI = 0 / 0 is null, so EAC, ETC, VAC are null; ES = 0, AT = 2.
        Assert.Equal((300m, 0m, 0m, 0m), (m.PlannedValue, m.EarnedValue, m.ActualCost, m.SchedulePerformanceIndex));
        Assert.Equal<decimal?>([null, null, null, null, null], [m.CostPerformanceIndex, m.EstimateAtCompletion, m.EstimateAtCompletionCpiSpi, m.EstimateToComplete, m.VarianceAtCompletion]);
        Assert.Equal((0m, 2m, -2m, 0m, 1m), (m.EarnedSchedule, m.ActualTime, m.ScheduleVarianceTime, m.SchedulePerformanceIndexTime, m.ToCompletePerformanceIndex));
    }

    [Fact]
    public void Measure_BeforeTheStart_EveryTimeRatioIsNull()
    {
        var m = EarnedValueCalculator.Measure(Behind(), new DateOnly(2025, 12, 31));

        Assert.Equal((0m, 0m, 0m, 0m), (m.PlannedValue, m.EarnedValue, m.ActualTime!.Value, m.EarnedSchedule!.Value));
        Assert.Equal<decimal?>([null, null, null], [m.SchedulePerformanceIndex, m.CostPerformanceIndex, m.SchedulePerformanceIndexTime]);
    }

    [Fact]
    public void Measure_FinishedEarly_ActualTimeStopsAtTheFinish()
    {
        var project = Behind() with
        {
            ActualFinish = Day(3, 15),
            Months =
            [
                new MonthlyAmounts(Month(1), 100m, 100m, 100m),
                new MonthlyAmounts(Month(2), 200m, 300m, 300m),
                new MonthlyAmounts(Month(3), 300m, 500m, 500m),
                new MonthlyAmounts(Month(4), 400m, 0m, 0m),
            ],
            Milestones = [new MilestoneCredit(0.4m, null, 100m, Day(2, 20)), new MilestoneCredit(0.6m, null, 100m, Day(3, 15))],
        };

        var m = EarnedValueCalculator.Measure(project, Day(6, 30));

        // PV = EV = BAC = 1000, AC = 900: CPI = 1000 / 900, EAC = 1000 x 900 / 1000, VAC = 100, TCPI = 0 / 100.
        Assert.Equal((1000m, 1000m, 900m, 1m, 1.1111m), (m.PlannedValue, m.EarnedValue, m.ActualCost, m.SchedulePerformanceIndex, m.CostPerformanceIndex));
        Assert.Equal((900m, 100m, 0m), (m.EstimateAtCompletion, m.VarianceAtCompletion, m.ToCompletePerformanceIndex));

        // ES = 3 + (1000 - 600) / 400 = 4 months; AT = 2 + 15/31 = 2.4839; SV(t) = 1.5161; SPI(t) = 4 / 2.4839.
        Assert.Equal((4m, 2.4839m, 1.5161m, 1.6104m), (m.EarnedSchedule, m.ActualTime, m.ScheduleVarianceTime, m.SchedulePerformanceIndexTime));
    }

    [Fact]
    public void Measure_ZeroBudget_HasNoBaselineAndNoDivisionByZero()
    {
        var project = new ProjectEvmInputs(0m, EarnedValueMethod.WeightedMilestones, 0m, null, null,
            [new MonthlyAmounts(Month(1), 0m, 50m, 50m)], [new MilestoneCredit(1m, null, 100m, Day(1, 20))]);

        var m = EarnedValueCalculator.Measure(project, Day(1, 31));

        // EV = 1 x 0; AC = 50: CPI = 0 / 50 = 0, so BAC / CPI is null; EAC at budget rate = 50 + 0; TCPI = 0 / -50.
        Assert.False(m.HasBaseline);
        Assert.Equal((0m, 0m, 50m, 0m, 50m, 0m), (m.PlannedValue, m.EarnedValue, m.ActualCost, m.CostPerformanceIndex!.Value, m.EstimateAtCompletionAtBudgetRate, m.ToCompletePerformanceIndex!.Value));
        Assert.Equal<decimal?>([null, null, null], [m.SchedulePerformanceIndex, m.EstimateAtCompletion, m.EarnedSchedule]);
    }

    [Fact]
    public void Rollup_TwoProjects_SumsAmountsAndRecomputesRatios()
    {
        var m = EarnedValueCalculator.Rollup([Behind(), AheadOnCost()], Day(3, 31));

        // BAC 1000 + 500, PV 600 + 500, EV 300 + 500, AC 500 + 400. CPI = 800 / 900 = 0.8889, not the mean of 0.6 and 1.25.
        Assert.Equal((2, 1500m, 1100m, 800m, 900m), (m.ProjectCount, m.BudgetAtCompletion, m.PlannedValue, m.EarnedValue, m.ActualCost));
        Assert.Equal((0.7273m, 0.8889m), (m.SchedulePerformanceIndex, m.CostPerformanceIndex));

        // Summed PV curve 0, 100, 550, 1100, 1500 (Jan-Apr): ES = 2 + (800 - 550) / 550; AT = 3.
        Assert.Equal((2.4545m, 3m), (m.EarnedSchedule, m.ActualTime));
    }

    [Fact]
    public void Judged_RollupWithOneRedProject_IsRedWhateverTheSummedRatios()
    {
        var judged = Schema.Evm.EarnedValueReader.Judged([Behind(), AheadOnCost()], RagPolicy.Default, Day(3, 31));
        var alone = Schema.Evm.EarnedValueReader.Judged([AheadOnCost()], RagPolicy.Default, Day(3, 31));

        Assert.Equal((Rag.Red, Rag.Green), (judged.Rag, alone.Rag));
    }
}
