using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Everything decided about one demo project before its rows are written: dates, money, health and the milestone
/// plan. The rows (milestones, financial lines, reports) are all derived from it, so they agree with each other.
/// </summary>
internal sealed class DemoProjectPlan
{
    public required int Index { get; init; }

    public required LifecycleStage Stage { get; init; }

    /// <summary>The furthest stage the project reached; for a cancelled project, the stage it was killed in.</summary>
    public required LifecycleStage Reached { get; init; }

    public required int Theme { get; init; }

    public required DemoHealth Health { get; init; }

    public required string Currency { get; init; }

    public int ProgramIndex { get; set; }

    public int ProgramId { get; set; }

    public int SponsorId { get; set; }

    public int? ManagerId { get; set; }

    public int DepartmentId { get; set; }

    public EarnedValueMethod Method { get; set; }

    /// <summary>Budget at completion, including approved changes.</summary>
    public decimal Budget { get; set; }

    /// <summary>The cost performance index the project runs at (earned value per unit of cost).</summary>
    public decimal CostEfficiency { get; set; } = 1m;

    /// <summary>
    /// The pace of work against the baseline (1 = on plan, below 1 = slower). Drawn as the SPI the project should show;
    /// for an executing project, replaced by the pace that produces that SPI with its milestones.
    /// </summary>
    public decimal ScheduleEfficiency { get; set; } = 1m;

    public DateOnly PlannedStart { get; set; }

    public DateOnly PlannedFinish { get; set; }

    public DateOnly? BaselineStart { get; set; }

    public DateOnly? BaselineFinish { get; set; }

    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualFinish { get; set; }

    public DateOnly? KilledOn { get; set; }

    /// <summary>Days a not-yet-started project's forecast lags its baseline.</summary>
    public int ForecastSlipDays { get; set; }

    public decimal ApprovedChangeCost { get; set; }

    public int ApprovedChangeDays { get; set; }

    public DateOnly? ApprovedChangeOn { get; set; }

    /// <summary>Share of spend that is capital expenditure; null when all spend is operating expenditure.</summary>
    public decimal? CapexShare { get; set; }

    /// <summary>Earned-value weight of each milestone (multiples of 0.05, summing to exactly 1).</summary>
    public decimal[] Weights { get; set; } = [];

    /// <summary>Baseline date of each milestone; the last is the baseline finish.</summary>
    public DateOnly[] MilestoneBaselines { get; set; } = [];

    public string[] MilestoneNames { get; set; } = [];

    /// <summary>The day the project entered each stage of the lifecycle (by stage number, Idea to Closed).</summary>
    public DateOnly?[] StageEntries { get; } = new DateOnly?[(int)LifecycleStage.Closed + 1];

    /// <summary>Physical percent complete at the status date (0-100, two decimals).</summary>
    public decimal PercentComplete { get; set; }

    /// <summary>Earned value at the status date as a share of the budget, by the project's EV method.</summary>
    public decimal EarnedShare { get; set; }

    /// <summary>Cost booked up to the status date (before rounding by month).</summary>
    public decimal ActualCost { get; set; }

    public decimal EstimateAtCompletion { get; set; }

    /// <summary>SPI at the status date: earned share over the share of budget planned to the status month.</summary>
    public decimal SchedulePerformance { get; set; } = 1m;

    public bool HasBaseline => BaselineStart.HasValue;

    public bool IsStarted => ActualStart.HasValue;

    public DateOnly? ForecastStart => IsStarted ? ActualStart : BaselineStart?.AddDays(ForecastSlipDays);

    public DateOnly? ForecastFinish { get; set; }

    public int ReachedOrder => (int)Reached;
}
