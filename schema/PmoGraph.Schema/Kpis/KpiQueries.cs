using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Kpis;

internal sealed class KpiQueries(IOptions<KpiOptions> options) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<KpiValue, KpiValueType>("kpiValues").Description("All KPI values frozen by period closes, by period and scope.");
        query.ById<KpiValue, KpiValueType>("kpiValue").Description("A KPI value by id.");
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiMeasureType>>>, IReadOnlyList<KpiMeasure>>("kpis")
            .Description("The KPIs of a month computed live from today's data, for the organisation or for each portfolio, program, department or project of a kind.")
            .Argument<NonNullGraphType<Graph.DateGraphType>>("period", "The month, as its first day.")
            .Argument<KpiScopeType>("scope", "Which scopes to return (default ORGANISATION).")
            .Argument<IntGraphType>("scopeId", "Only this portfolio, program, department or project.")
            .Argument<StringGraphType>("kpi", "Only this KPI.")
            .ResolveAsync(async context =>
            {
                InputRangeCheck.ThrowIfOutOfRange(context);
                var period = context.GetArgument<DateOnly>("period");
                if (period.Day != 1)
                {
                    throw new ExecutionError("'period' must be the first day of a month.") { Code = "INVALID_PERIOD" };
                }

                var scope = context.GetArgument("scope", KpiScope.Organisation);
                var scopeId = context.GetArgument<int?>("scopeId");
                var kpi = context.GetArgument<string?>("kpi");
                var db = context.RequestServices!.GetRequiredService<PmoDbContext>();
                var data = await KpiLoader.LoadAsync(db, period, context.CancellationToken);
                return [.. KpiCalculator.Compute(period, data, options.Value)
                    .Where(m => m.Scope == scope && (scopeId is null || m.ScopeId == scopeId) && (kpi is null || m.Kpi == kpi))];
            });
    }
}
