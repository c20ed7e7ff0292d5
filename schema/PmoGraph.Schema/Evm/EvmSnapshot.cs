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
    public decimal? EstimateToComplete { get; set; }
    public decimal? VarianceAtCompletion { get; set; }
    public decimal? ToCompletePerformanceIndex { get; set; }

    /// <summary>Earned schedule, in months since the baseline start.</summary>
    public decimal? EarnedSchedule { get; set; }
    public decimal? ScheduleVarianceTime { get; set; }
    public decimal? SchedulePerformanceIndexTime { get; set; }
    public Rag Rag { get; set; }
    public DateTime FrozenAt { get; set; }
}
