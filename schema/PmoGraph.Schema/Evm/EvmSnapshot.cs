using PmoGraph.Schema.Common;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Evm;

/// <summary>
/// A project's earned-value measures frozen at a status date. Ratios whose denominator was zero are null.
/// </summary>
public sealed class EvmSnapshot : Entity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public DateOnly StatusDate { get; set; }
    public decimal BudgetAtCompletion { get; set; }
    public decimal PlannedValue { get; set; }
    public decimal EarnedValue { get; set; }
    public decimal ActualCost { get; set; }
    public decimal ScheduleVariance { get; set; }
    public decimal CostVariance { get; set; }
    public decimal? SchedulePerformanceIndex { get; set; }
    public decimal? CostPerformanceIndex { get; set; }
    public decimal? EstimateAtCompletion { get; set; }

    /// <summary>EAC = AC + (BAC - EV).</summary>
    public decimal? EstimateAtCompletionAtBudgetRate { get; set; }

    /// <summary>EAC = AC + (BAC - EV) / (CPI x SPI).</summary>
    public decimal? EstimateAtCompletionCpiSpi { get; set; }

    /// <summary>EAC = AC + bottom-up ETC (forecast of the months after the status month).</summary>
    public decimal? EstimateAtCompletionBottomUp { get; set; }
    public decimal? EstimateToComplete { get; set; }
    public decimal? VarianceAtCompletion { get; set; }
    public decimal? ToCompletePerformanceIndex { get; set; }

    /// <summary>Earned schedule, in months since the baseline start.</summary>
    public decimal? EarnedSchedule { get; set; }

    /// <summary>Actual time, in months since the baseline start (stopping at the actual finish).</summary>
    public decimal? ActualTime { get; set; }
    public decimal? ScheduleVarianceTime { get; set; }
    public decimal? SchedulePerformanceIndexTime { get; set; }
    public Rag Rag { get; set; }
    public DateTime FrozenAt { get; set; }

    /// <summary>Copies <paramref name="m"/>'s figures into the snapshot.</summary>
    public void Freeze(EarnedValueMeasures m, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(m);
        StatusDate = m.AsOf;
        BudgetAtCompletion = m.BudgetAtCompletion;
        PlannedValue = m.PlannedValue;
        EarnedValue = m.EarnedValue;
        ActualCost = m.ActualCost;
        ScheduleVariance = m.ScheduleVariance;
        CostVariance = m.CostVariance;
        SchedulePerformanceIndex = m.SchedulePerformanceIndex;
        CostPerformanceIndex = m.CostPerformanceIndex;
        EstimateAtCompletion = m.EstimateAtCompletion;
        EstimateAtCompletionAtBudgetRate = m.EstimateAtCompletionAtBudgetRate;
        EstimateAtCompletionCpiSpi = m.EstimateAtCompletionCpiSpi;
        EstimateAtCompletionBottomUp = m.EstimateAtCompletionBottomUp;
        EstimateToComplete = m.EstimateToComplete;
        VarianceAtCompletion = m.VarianceAtCompletion;
        ToCompletePerformanceIndex = m.ToCompletePerformanceIndex;
        EarnedSchedule = m.EarnedSchedule;
        ActualTime = m.ActualTime;
        ScheduleVarianceTime = m.ScheduleVarianceTime;
        SchedulePerformanceIndexTime = m.SchedulePerformanceIndexTime;
        Rag = m.Rag;
        FrozenAt = at;
    }
}
