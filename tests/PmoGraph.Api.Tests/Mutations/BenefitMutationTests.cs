using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Benefits;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class BenefitMutationTests : IDisposable
{
    private const string Selection = "benefitMeasurement { id period planned actual version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task RecordBenefitMeasurement_NewPeriod_IsStored()
    {
        var benefitId = await _api.ReadAsync(db => db.Set<Benefit>().Select(b => b.Id).FirstAsync());
        var period = new DateOnly(2031, 4, 1);

        var measurement = (await _api.CallAsync("recordBenefitMeasurement", Selection, new { benefitId, period, planned = 5000m, actual = 4200m }))
            .Succeeded("benefitMeasurement");

        var stored = await _api.ReadAsync(db => db.Set<BenefitMeasurement>().SingleAsync(m => m.Id == measurement.Id()));
        Assert.Equal((benefitId, period, 5000m, 4200m, 1L), (stored.BenefitId, stored.Period, stored.Planned, stored.Actual, stored.Version));
    }

    [Fact]
    public async Task RecordBenefitMeasurement_ExistingPeriodWithItsVersion_ReplacesTheValues()
    {
        var current = await _api.ReadAsync(db => db.Set<BenefitMeasurement>().OrderBy(m => m.Id).FirstAsync());

        var measurement = (await _api.CallAsync("recordBenefitMeasurement", Selection,
            new { benefitId = current.BenefitId, period = current.Period, planned = 7m, actual = 3m, version = current.Version })).Succeeded("benefitMeasurement");

        Assert.Equal(current.Id, measurement.Id());
        var stored = await _api.ReadAsync(db => db.Set<BenefitMeasurement>().SingleAsync(m => m.Id == current.Id));
        Assert.Equal((7m, 3m, current.Version + 1), (stored.Planned, stored.Actual, stored.Version));
    }

    [Fact]
    public async Task RecordBenefitMeasurement_StaleOrMissingVersion_IsAConcurrencyError()
    {
        var current = await _api.ReadAsync(db => db.Set<BenefitMeasurement>().OrderBy(m => m.Id).FirstAsync());
        var input = new { benefitId = current.BenefitId, period = current.Period, planned = 1m, actual = 1m, version = (long?)current.Version + 1 };

        (await _api.CallAsync("recordBenefitMeasurement", Selection, input)).SingleError("ConcurrencyError");
        (await _api.CallAsync("recordBenefitMeasurement", Selection, input with { version = null })).SingleError("ConcurrencyError");

        Assert.Equal(current.Actual, (await _api.ReadAsync(db => db.Set<BenefitMeasurement>().SingleAsync(m => m.Id == current.Id))).Actual);
    }

    [Fact]
    public async Task RecordBenefitMeasurement_InvalidFields_ReturnsEachRule()
    {
        var benefitId = await _api.ReadAsync(db => db.Set<Benefit>().Select(b => b.Id).FirstAsync());

        var payload = await _api.CallAsync("recordBenefitMeasurement", Selection, new { benefitId, period = new DateOnly(2031, 4, 30), planned = -1m, actual = -1m });

        Assert.Equal([("period", "firstOfMonth"), ("planned", "nonNegative"), ("actual", "nonNegative")], payload.Violations());
    }

    [Fact]
    public async Task RecordBenefitMeasurement_UnknownBenefit_IsANotFoundError() =>
        (await _api.CallAsync("recordBenefitMeasurement", Selection, new { benefitId = 999999, period = new DateOnly(2031, 4, 1), planned = 1m, actual = 1m }))
            .SingleError("NotFoundError");
}
