using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Kpis;

/// <summary>A KPI's value for one period and one scope (the organisation, or a portfolio, program, department or project).</summary>
public sealed class KpiValue : Entity
{
    public required string Kpi { get; set; }
    public DateOnly Period { get; set; }
    public KpiScope Scope { get; set; }

    /// <summary>The portfolio, program, department or project id; null for the organisation.</summary>
    public int? ScopeId { get; set; }
    public decimal? Value { get; set; }
    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public DateTime FrozenAt { get; set; }
}
