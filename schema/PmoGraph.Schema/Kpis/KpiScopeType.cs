using GraphQL.Types;

namespace PmoGraph.Schema.Kpis;

public sealed class KpiScopeType : EnumerationGraphType<KpiScope>
{
    public KpiScopeType()
    {
        Name = "KpiScope";
        Description = "What a KPI value is measured over: the whole ORGANISATION, or one PORTFOLIO, PROGRAM, DEPARTMENT or PROJECT.";
    }
}
