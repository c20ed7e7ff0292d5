using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Financials;

internal sealed class FinancialMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<RecordFinancialsInput, RecordFinancialsInputType, FinancialLine, FinancialLineType>(
                "recordFinancials", "financialLine", RecordAsync, typeof(ConcurrencyErrorType))
            .Description("Records a project's budget, forecast and actual for a month and cost type, replacing what was recorded before.");

    private static async Task<FinancialLine> RecordAsync(RecordFinancialsInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.FirstOfMonth(input.Month, "month");
        scope.Input.NotNegative(input.Budget, "budget");
        scope.Input.NotNegative(input.Forecast, "forecast");
        scope.Input.NotNegative(input.Actual, "actual");
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        var line = await scope.Db.Set<FinancialLine>()
            .FirstOrDefaultAsync(f => f.ProjectId == input.ProjectId && f.Month == input.Month && f.CostType == input.CostType, ct);
        if (line is null)
        {
            line = new FinancialLine { ProjectId = input.ProjectId, Month = input.Month, CostType = input.CostType };
            scope.Db.Add(line);
        }
        else
        {
            var version = input.Version ?? throw new MutationFailedException(new ConcurrencyError(
                $"Project {input.ProjectId} already has a {SchemaEnumNames.Of(input.CostType)} line for {input.Month:yyyy-MM} (FinancialLine {line.Id}, "
                + $"version {line.Version}); send the version you read to change it.",
                nameof(FinancialLine), line.Id, 0, line.Version));
            scope.ExpectVersion(line, version);
        }

        line.Budget = input.Budget;
        line.Forecast = input.Forecast;
        line.Actual = input.Actual;
        return line;
    }
}
