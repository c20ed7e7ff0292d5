using GraphQL.Types;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Periods;

internal sealed class PeriodMutations(IOptions<KpiOptions> kpiOptions) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ClosePeriodInput, ClosePeriodInputType, PeriodClose, PeriodCloseType>(
                "closePeriod", "periodClose", (input, scope, ct) => PeriodCloser.CloseAsync(scope, input.Period, input.Replace, kpiOptions.Value, ct), typeof(ConcurrencyErrorType))
            .Description("Closes a month for the PMO: freezes every project's EVM snapshot and RAG at the month's last day and the month's KPI values. "
                + "Idempotent: figures already frozen are kept unless replace is true; earlier months are never touched.");
}
