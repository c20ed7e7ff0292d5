using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class FinancialMutationTests : IDisposable
{
    private const string Selection = "financialLine { id month budget forecast actual version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task RecordFinancials_NewMonth_CreatesTheLine()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());
        var month = new DateOnly(2031, 1, 1);

        var line = (await _api.CallAsync("recordFinancials", Selection, new { projectId, month, costType = "OPEX", budget = 1000m, forecast = 1100m, actual = 0m }))
            .Succeeded("financialLine");

        var stored = await _api.ReadAsync(db => db.Set<FinancialLine>().SingleAsync(f => f.Id == line.Id()));
        Assert.Equal((projectId, month, CostType.Opex, 1000m, 1100m, 0m, 1L), (stored.ProjectId, stored.Month, stored.CostType, stored.Budget, stored.Forecast, stored.Actual, stored.Version));
    }

    [Fact]
    public async Task RecordFinancials_ExistingLineWithItsVersion_ReplacesTheAmounts()
    {
        var current = await _api.ReadAsync(db => db.Set<FinancialLine>().OrderBy(f => f.Id).FirstAsync());
        var count = await _api.ReadAsync(db => db.Set<FinancialLine>().CountAsync());

        var line = (await _api.CallAsync("recordFinancials", Selection, new
        {
            projectId = current.ProjectId,
            month = current.Month,
            costType = current.CostType.ToString().ToUpperInvariant(),
            budget = 10m,
            forecast = 20m,
            actual = 30m,
            version = current.Version,
        })).Succeeded("financialLine");

        Assert.Equal(current.Id, line.Id());
        var stored = await _api.ReadAsync(db => db.Set<FinancialLine>().SingleAsync(f => f.Id == current.Id));
        Assert.Equal((10m, 20m, 30m, current.Version + 1), (stored.Budget, stored.Forecast, stored.Actual, stored.Version));
        Assert.Equal(count, await _api.ReadAsync(db => db.Set<FinancialLine>().CountAsync()));
    }

    [Fact]
    public async Task RecordFinancials_ExistingLineWithoutOrWithAStaleVersion_IsAConcurrencyError()
    {
        var current = await _api.ReadAsync(db => db.Set<FinancialLine>().OrderBy(f => f.Id).FirstAsync());
        var input = new
        {
            projectId = current.ProjectId,
            month = current.Month,
            costType = current.CostType.ToString().ToUpperInvariant(),
            budget = 1m,
            forecast = 1m,
            actual = 1m,
            version = (long?)null,
        };

        (await _api.CallAsync("recordFinancials", Selection, input)).SingleError("ConcurrencyError");
        (await _api.CallAsync("recordFinancials", Selection, input with { version = current.Version + 1 })).SingleError("ConcurrencyError");

        var stored = await _api.ReadAsync(db => db.Set<FinancialLine>().SingleAsync(f => f.Id == current.Id));
        Assert.Equal((current.Budget, current.Version), (stored.Budget, stored.Version));
    }

    [Fact]
    public async Task RecordFinancials_InvalidFields_ReturnsEachRule()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        var payload = await _api.CallAsync("recordFinancials", Selection,
            new { projectId, month = new DateOnly(2031, 1, 15), costType = "CAPEX", budget = -1m, forecast = -2m, actual = -3m });

        Assert.Equal([("month", "firstOfMonth"), ("budget", "nonNegative"), ("forecast", "nonNegative"), ("actual", "nonNegative")], payload.Violations());
        Assert.False(await _api.ReadAsync(db => db.Set<FinancialLine>().AnyAsync(f => f.Month.Year == 2031)));
    }

    [Fact]
    public async Task RecordFinancials_UnknownProject_IsANotFoundError() =>
        (await _api.CallAsync("recordFinancials", Selection, new { projectId = 999999, month = new DateOnly(2031, 1, 1), costType = "CAPEX", budget = 1m, forecast = 1m, actual = 1m }))
            .SingleError("NotFoundError");
}
