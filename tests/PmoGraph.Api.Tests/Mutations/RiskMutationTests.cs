using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class RiskMutationTests : IDisposable
{
    private const string Selection = "risk { id title exposure costExposure status version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private Task<Risk> OpenRiskAsync() =>
        _api.ReadAsync(db => db.Set<Risk>().Where(r => r.Status != RiskStatus.Closed).OrderBy(r => r.Id).FirstAsync());

    private static object Assessment(Risk risk, string status, decimal probability = 0.5m) => new
    {
        id = risk.Id,
        version = risk.Version,
        title = risk.Title,
        probability,
        impact = 3,
        costImpact = 1000m,
        status,
    };

    [Fact]
    public async Task RaiseRisk_ValidInput_StoresItWithExposuresComputed()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        var risk = (await _api.CallAsync("raiseRisk", Selection,
            new { projectId, title = "Vendor insolvency", probability = 0.4m, impact = 4, costImpact = 250000m, mitigation = "Escrow" })).Succeeded("risk");

        var stored = await _api.ReadAsync(db => db.Set<Risk>().SingleAsync(r => r.Id == risk.Id()));
        Assert.Equal((1.6m, 100000m, RiskStatus.Open, DateOnly.FromDateTime(DateTime.UtcNow), "Escrow"),
            (stored.Exposure, stored.CostExposure, stored.Status, stored.RaisedOn, stored.Mitigation));
    }

    [Fact]
    public async Task RaiseRisk_InvalidFields_ReturnsEachRuleAndWritesNothing()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());
        var count = await _api.ReadAsync(db => db.Set<Risk>().CountAsync());

        var payload = await _api.CallAsync("raiseRisk", Selection,
            new { projectId, title = "", description = new string('d', 4001), probability = 1.2m, impact = 6, costImpact = -1m, mitigation = new string('m', 4001) });

        Assert.Equal(
            [("title", "required"), ("description", "maxLength"), ("probability", "range"), ("impact", "range"), ("costImpact", "nonNegative"), ("mitigation", "maxLength")],
            payload.Violations());
        Assert.Equal(count, await _api.ReadAsync(db => db.Set<Risk>().CountAsync()));
    }

    [Fact]
    public async Task RaiseRisk_UnknownProjectOrOwner_IsANotFoundError()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        (await _api.CallAsync("raiseRisk", Selection, new { projectId = 999999, title = "X", probability = 0.1m, impact = 1, costImpact = 0m })).SingleError("NotFoundError");
        (await _api.CallAsync("raiseRisk", Selection, new { projectId, title = "X", probability = 0.1m, impact = 1, costImpact = 0m, ownerId = 999999 })).SingleError("NotFoundError");
    }

    [Fact]
    public async Task UpdateRisk_CurrentVersion_RecomputesExposures()
    {
        var current = await OpenRiskAsync();

        (await _api.CallAsync("updateRisk", Selection, Assessment(current, "MITIGATING", 0.2m))).Succeeded("risk");

        var stored = await _api.ReadAsync(db => db.Set<Risk>().SingleAsync(r => r.Id == current.Id));
        Assert.Equal((0.6m, 200m, RiskStatus.Mitigating, current.Version + 1), (stored.Exposure, stored.CostExposure, stored.Status, stored.Version));
    }

    [Fact]
    public async Task UpdateRisk_StaleVersion_IsAConcurrencyError()
    {
        var current = await OpenRiskAsync();
        (await _api.CallAsync("updateRisk", Selection, Assessment(current, "OPEN", 0.9m))).Succeeded("risk");

        (await _api.CallAsync("updateRisk", Selection, Assessment(current, "OPEN", 0.1m))).SingleError("ConcurrencyError");

        Assert.Equal(0.9m, (await _api.ReadAsync(db => db.Set<Risk>().SingleAsync(r => r.Id == current.Id))).Probability);
    }

    [Fact]
    public async Task UpdateRisk_ToClosedOrOnAClosedRisk_IsAnInvalidTransitionError()
    {
        var current = await OpenRiskAsync();
        (await _api.CallAsync("updateRisk", Selection, Assessment(current, "CLOSED"))).SingleError("InvalidTransitionError");
        var closed = (await _api.CallAsync("closeRisk", Selection, new { id = current.Id, version = current.Version })).Succeeded("risk");

        var payload = await _api.CallAsync("updateRisk", Selection,
            new { id = current.Id, version = closed.GetProperty("version").GetInt64(), title = "Reopen", probability = 0.5m, impact = 3, costImpact = 0m, status = "OPEN" });

        payload.SingleError("InvalidTransitionError");
        Assert.Equal(RiskStatus.Closed, (await _api.ReadAsync(db => db.Set<Risk>().SingleAsync(r => r.Id == current.Id))).Status);
    }

    [Fact]
    public async Task CloseRisk_NoDate_ClosesItToday()
    {
        var current = await OpenRiskAsync();

        var risk = (await _api.CallAsync("closeRisk", Selection, new { id = current.Id, version = current.Version })).Succeeded("risk");

        Assert.Equal("CLOSED", risk.GetProperty("status").GetString());
        var stored = await _api.ReadAsync(db => db.Set<Risk>().SingleAsync(r => r.Id == current.Id));
        Assert.Equal((RiskStatus.Closed, (DateOnly?)DateOnly.FromDateTime(DateTime.UtcNow)), (stored.Status, stored.ClosedOn));
    }

    [Fact]
    public async Task CloseRisk_Twice_IsAnInvalidTransitionError()
    {
        var current = await OpenRiskAsync();
        var closed = (await _api.CallAsync("closeRisk", Selection, new { id = current.Id, version = current.Version })).Succeeded("risk");

        (await _api.CallAsync("closeRisk", Selection, new { id = current.Id, version = closed.GetProperty("version").GetInt64() })).SingleError("InvalidTransitionError");
    }

    [Fact]
    public async Task CloseRisk_BeforeItWasRaised_IsADateOrderError()
    {
        var current = await OpenRiskAsync();

        var payload = await _api.CallAsync("closeRisk", Selection, new { id = current.Id, version = current.Version, closedOn = current.RaisedOn.AddDays(-1) });

        Assert.Equal([("closedOn", "dateOrder")], payload.Violations());
        Assert.NotEqual(RiskStatus.Closed, (await _api.ReadAsync(db => db.Set<Risk>().SingleAsync(r => r.Id == current.Id))).Status);
    }

    [Fact]
    public async Task CloseRisk_StaleVersionOrUnknownId_IsTypedErrors()
    {
        var current = await OpenRiskAsync();

        (await _api.CallAsync("closeRisk", Selection, new { id = current.Id, version = current.Version + 1 })).SingleError("ConcurrencyError");
        (await _api.CallAsync("closeRisk", Selection, new { id = 999999, version = 1 })).SingleError("NotFoundError");
    }
}
