using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Kpis;

internal sealed class KpiQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<KpiValue, KpiValueType>("kpiValues").Description("All KPI values, by period and scope.");
        query.ById<KpiValue, KpiValueType>("kpiValue").Description("A KPI value by id.");
    }
}
