using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class MilestoneMutationTests : IDisposable
{
    private const string Selection = "milestone { id name plannedDate actualDate percentComplete earnedValueWeight version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private Task<Milestone> OpenMilestoneAsync() =>
        _api.ReadAsync(db => db.Set<Milestone>().Where(m => m.ActualDate == null).OrderBy(m => m.Id).FirstAsync());

    [Fact]
    public async Task AddMilestone_ValidInput_IsStored()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        var milestone = (await _api.CallAsync("addMilestone", Selection,
            new { projectId, name = " Go live ", plannedDate = new DateOnly(2027, 3, 31), baselineDate = new DateOnly(2027, 3, 15), earnedValueWeight = 0.25m }))
            .Succeeded("milestone");

        var stored = await _api.ReadAsync(db => db.Set<Milestone>().SingleAsync(m => m.Id == milestone.Id()));
        Assert.Equal((projectId, "Go live", new DateOnly(2027, 3, 31), (DateOnly?)new DateOnly(2027, 3, 15), (decimal?)0.25m, (decimal?)null, 0m),
            (stored.ProjectId, stored.Name, stored.PlannedDate, stored.BaselineDate, stored.EarnedValueWeight, stored.EarnedValueAmount, stored.PercentComplete));
    }

    [Fact]
    public async Task AddMilestone_InvalidFields_ReturnsEachRule()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());
        var count = await _api.ReadAsync(db => db.Set<Milestone>().CountAsync());

        var payload = await _api.CallAsync("addMilestone", Selection,
            new { projectId, name = " ", plannedDate = new DateOnly(2027, 1, 1), earnedValueWeight = 1.5m, earnedValueAmount = -1m });

        Assert.Equal([("name", "required"), ("earnedValueWeight", "range"), ("earnedValueAmount", "nonNegative"), ("earnedValueAmount", "exclusive")], payload.Violations());
        Assert.Equal(count, await _api.ReadAsync(db => db.Set<Milestone>().CountAsync()));
    }

    [Fact]
    public async Task AddMilestone_UnknownProject_IsANotFoundError() =>
        (await _api.CallAsync("addMilestone", Selection, new { projectId = 999999, name = "X", plannedDate = new DateOnly(2027, 1, 1) })).SingleError("NotFoundError");

    [Fact]
    public async Task UpdateMilestone_CurrentVersion_StoresForecastAndProgress()
    {
        var current = await OpenMilestoneAsync();

        var milestone = (await _api.CallAsync("updateMilestone", Selection, new
        {
            id = current.Id,
            version = current.Version,
            name = current.Name,
            plannedDate = current.PlannedDate,
            forecastDate = current.PlannedDate.AddDays(14),
            earnedValueWeight = (decimal?)null,
            earnedValueAmount = 5000m,
            percentComplete = 40m,
        })).Succeeded("milestone");

        Assert.Equal(current.Version + 1, milestone.GetProperty("version").GetInt64());
        var stored = await _api.ReadAsync(db => db.Set<Milestone>().SingleAsync(m => m.Id == current.Id));
        Assert.Equal(((DateOnly?)current.PlannedDate.AddDays(14), (decimal?)null, (decimal?)5000m, 40m),
            (stored.ForecastDate, stored.EarnedValueWeight, stored.EarnedValueAmount, stored.PercentComplete));
    }

    [Fact]
    public async Task UpdateMilestone_PercentCompleteOutOfRange_IsARangeError()
    {
        var current = await OpenMilestoneAsync();

        var payload = await _api.CallAsync("updateMilestone", Selection,
            new { id = current.Id, version = current.Version, name = current.Name, plannedDate = current.PlannedDate, percentComplete = 101m });

        Assert.Equal([("percentComplete", "range")], payload.Violations());
    }

    [Fact]
    public async Task UpdateMilestone_StaleVersion_IsAConcurrencyError()
    {
        var current = await OpenMilestoneAsync();
        var input = new { id = current.Id, version = current.Version, name = "First", plannedDate = current.PlannedDate, percentComplete = 10m };
        (await _api.CallAsync("updateMilestone", Selection, input)).Succeeded("milestone");

        (await _api.CallAsync("updateMilestone", Selection, input with { name = "Second" })).SingleError("ConcurrencyError");

        Assert.Equal("First", (await _api.ReadAsync(db => db.Set<Milestone>().SingleAsync(m => m.Id == current.Id))).Name);
    }

    [Fact]
    public async Task AchieveMilestone_NoDate_IsAchievedTodayAtOneHundredPercent()
    {
        var current = await OpenMilestoneAsync();

        var milestone = (await _api.CallAsync("achieveMilestone", Selection, new { id = current.Id, version = current.Version })).Succeeded("milestone");

        Assert.Equal(100m, milestone.GetProperty("percentComplete").GetDecimal());
        var stored = await _api.ReadAsync(db => db.Set<Milestone>().SingleAsync(m => m.Id == current.Id));
        Assert.Equal(((DateOnly?)DateOnly.FromDateTime(DateTime.UtcNow), 100m), (stored.ActualDate, stored.PercentComplete));
    }

    [Fact]
    public async Task AchieveMilestone_Twice_IsAnInvalidTransitionError()
    {
        var current = await OpenMilestoneAsync();
        var first = (await _api.CallAsync("achieveMilestone", Selection, new { id = current.Id, version = current.Version, actualDate = new DateOnly(2026, 5, 4) }))
            .Succeeded("milestone");

        var payload = await _api.CallAsync("achieveMilestone", Selection, new { id = current.Id, version = first.GetProperty("version").GetInt64() });

        payload.SingleError("InvalidTransitionError");
        Assert.Equal(new DateOnly(2026, 5, 4), (await _api.ReadAsync(db => db.Set<Milestone>().SingleAsync(m => m.Id == current.Id))).ActualDate);
    }

    [Fact]
    public async Task AchieveMilestone_StaleVersionOrUnknownId_IsTypedErrors()
    {
        var current = await OpenMilestoneAsync();

        (await _api.CallAsync("achieveMilestone", Selection, new { id = current.Id, version = current.Version + 3 })).SingleError("ConcurrencyError");
        (await _api.CallAsync("achieveMilestone", Selection, new { id = 999999, version = 1 })).SingleError("NotFoundError");

        Assert.Null((await _api.ReadAsync(db => db.Set<Milestone>().SingleAsync(m => m.Id == current.Id))).ActualDate);
    }
}
