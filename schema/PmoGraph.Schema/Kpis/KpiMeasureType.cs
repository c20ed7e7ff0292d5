using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Kpis;

public sealed class KpiMeasureType : ObjectGraphType<KpiMeasure>
{
    public KpiMeasureType()
    {
        Name = "KpiMeasure";
        Description = "A KPI computed live for a month and a scope, with the numerator and denominator it came from (docs/kpis.md defines each KPI).";
        Field(k => k.Kpi).Description("The KPI's name, e.g. completion_rate, on_time, csat, nps, roi, resource_utilisation.");
        Field(k => k.Scope, type: typeof(NonNullGraphType<KpiScopeType>)).Description("What the value is measured over.");
        Field(k => k.ScopeId, nullable: true).Description("The portfolio, program, department or project id; null for the organisation.");
        Field(k => k.Value, nullable: true).Description("numerator / denominator (NPS in points); null where the denominator is zero.");
        Field(k => k.Numerator).Description("The numerator, e.g. projects completed in the month.").Sensitive(SensitiveData.Financial);
        Field(k => k.Denominator).Description("The denominator, e.g. projects planned to complete in the month.").Sensitive(SensitiveData.Financial);
    }
}
