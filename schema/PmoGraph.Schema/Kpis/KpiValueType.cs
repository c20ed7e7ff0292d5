using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Kpis;

public sealed class KpiValueType : ObjectGraphType<KpiValue>
{
    public KpiValueType()
    {
        Name = "KpiValue";
        Description = "A KPI's value for one period and one scope, frozen with the numerator and denominator it was computed from.";
        Field(k => k.Id).Description("The value's id.");
        Field(k => k.Kpi).Description("The KPI measured, e.g. completion rate, on-time %, CSAT, NPS, ROI or utilisation.").Filterable().Sortable();
        Field(k => k.Period).Description("The period measured, as its first day.").Filterable().Sortable();
        Field(k => k.Scope, type: typeof(NonNullGraphType<KpiScopeType>)).Description("What the value is measured over.").Filterable();
        Field(k => k.ScopeId, nullable: true).Description("The id of the portfolio, program, department or project named by scope; null for the organisation.").Filterable().Sortable();
        Field(k => k.Value, nullable: true).Description("The KPI's value, in the KPI's unit; null where the denominator was zero.").Filterable().Sortable();
        Field(k => k.Numerator, nullable: true).Description("The numerator the value was computed from, e.g. projects completed in the period.").Sensitive(SensitiveData.Financial);
        Field(k => k.Denominator, nullable: true).Description("The denominator the value was computed from, e.g. projects planned to complete in the period.").Sensitive(SensitiveData.Financial);
        Field(k => k.FrozenAt).Description("When the value was computed (UTC).");
    }
}
