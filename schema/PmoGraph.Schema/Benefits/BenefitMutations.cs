using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Benefits;

internal sealed class BenefitMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<RecordBenefitMeasurementInput, RecordBenefitMeasurementInputType, BenefitMeasurement, BenefitMeasurementType>(
                "recordBenefitMeasurement", "benefitMeasurement", RecordAsync, typeof(ConcurrencyErrorType))
            .Description("Records a benefit's planned and realised value for a month, replacing what was recorded before.");

    private static async Task<BenefitMeasurement> RecordAsync(RecordBenefitMeasurementInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.FirstOfMonth(input.Period, "period");
        scope.Input.NotNegative(input.Planned, "planned");
        scope.Input.NotNegative(input.Actual, "actual");
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Benefit>(input.BenefitId, "benefitId", ct);
        var measurement = await scope.Db.Set<BenefitMeasurement>()
            .FirstOrDefaultAsync(m => m.BenefitId == input.BenefitId && m.Period == input.Period, ct);
        if (measurement is null)
        {
            measurement = new BenefitMeasurement { BenefitId = input.BenefitId, Period = input.Period };
            scope.Db.Add(measurement);
        }
        else
        {
            var version = input.Version ?? throw new MutationFailedException(new ConcurrencyError(
                $"Benefit {input.BenefitId} already has a measurement for {input.Period:yyyy-MM} (BenefitMeasurement {measurement.Id}, "
                + $"version {measurement.Version}); send the version you read to change it.",
                nameof(BenefitMeasurement), measurement.Id, 0, measurement.Version));
            scope.ExpectVersion(measurement, version);
        }

        measurement.Planned = input.Planned;
        measurement.Actual = input.Actual;
        return measurement;
    }
}
