namespace PmoGraph.Schema.Kpis;

/// <summary>The tolerances of the on-time and on-budget KPIs (configuration section <c>Kpis</c>).</summary>
public sealed class KpiOptions
{
    /// <summary>Days a project may finish after its baseline finish and still count as on time.</summary>
    public int OnTimeToleranceDays { get; set; }

    /// <summary>Share over the BAC a project's actual cost may run and still count as on budget (0.05 = 5%).</summary>
    public decimal OnBudgetTolerance { get; set; } = 0.05m;
}
