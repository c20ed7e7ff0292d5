namespace PmoGraph.Schema.Kpis;

/// <summary>A KPI's value with the numerator and denominator it came from; the value is null where the denominator is zero.</summary>
public sealed record KpiMeasure(string Kpi, KpiScope Scope, int? ScopeId, decimal? Value, decimal Numerator, decimal Denominator)
{
    /// <summary>numerator / denominator to 4 decimals, times <paramref name="scale"/>.</summary>
    public static KpiMeasure Of(string kpi, KpiScope scope, int? scopeId, decimal numerator, decimal denominator, decimal scale = 1m) =>
        new(kpi, scope, scopeId, denominator == 0m ? null : Math.Round(numerator * scale / denominator, 4), numerator, denominator);
}
