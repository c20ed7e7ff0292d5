using PmoGraph.Schema.Governance;

namespace PmoGraph.Schema.Evm;

/// <summary>
/// Earned-value measures at a status date, for a project or summed over many. Amounts are in the projects' currency;
/// a ratio whose denominator is zero is null.
/// </summary>
public sealed record EarnedValueMeasures
{
    public DateOnly AsOf { get; init; }

    /// <summary>How many projects the measures cover (1 for a project).</summary>
    public int ProjectCount { get; init; }

    /// <summary>Whether any covered project has a baseline plan (a monthly budget); grey RAG where none has.</summary>
    public bool HasBaseline { get; init; }
    public decimal BudgetAtCompletion { get; init; }
    public decimal PlannedValue { get; init; }
    public decimal EarnedValue { get; init; }
    public decimal ActualCost { get; init; }

    /// <summary>Forecast cost of the months after the status month (the bottom-up ETC).</summary>
    public decimal BottomUpEstimateToComplete { get; init; }
    public decimal ScheduleVariance { get; init; }
    public decimal CostVariance { get; init; }
    public decimal? SchedulePerformanceIndex { get; init; }
    public decimal? CostPerformanceIndex { get; init; }

    /// <summary>EAC = BAC / CPI, the default estimate.</summary>
    public decimal? EstimateAtCompletion { get; init; }

    /// <summary>EAC = AC + (BAC - EV): the remaining work at the budgeted rate.</summary>
    public decimal EstimateAtCompletionAtBudgetRate { get; init; }

    /// <summary>EAC = AC + (BAC - EV) / (CPI x SPI): the remaining work at the current cost and schedule efficiency.</summary>
    public decimal? EstimateAtCompletionCpiSpi { get; init; }

    /// <summary>EAC = AC + bottom-up ETC from the forecast lines.</summary>
    public decimal EstimateAtCompletionBottomUp { get; init; }
    public decimal? EstimateToComplete { get; init; }
    public decimal? VarianceAtCompletion { get; init; }
    public decimal? ToCompletePerformanceIndex { get; init; }

    /// <summary>Earned schedule in months since the start of the planned value curve.</summary>
    public decimal? EarnedSchedule { get; init; }

    /// <summary>Actual time in months since the start of the planned value curve (stopping at the actual finish).</summary>
    public decimal? ActualTime { get; init; }
    public decimal? ScheduleVarianceTime { get; init; }
    public decimal? SchedulePerformanceIndexTime { get; init; }

    /// <summary>The RAG status under the policy; grey until a policy is applied.</summary>
    public Rag Rag { get; init; }
}
