using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Resources;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class ResourceMutationTests : IDisposable
{
    private const string Selection = "allocation { id month hours version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<(int ResourceId, int ProjectId)> PairAsync() =>
        (await _api.ReadAsync(db => db.Set<Resource>().Select(r => r.Id).FirstAsync()), await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync()));

    [Fact]
    public async Task AllocateResource_NewMonth_BooksTheHours()
    {
        var (resourceId, projectId) = await PairAsync();
        var month = new DateOnly(2031, 2, 1);

        var allocation = (await _api.CallAsync("allocateResource", Selection, new { resourceId, projectId, month, hours = 64m })).Succeeded("allocation");

        var stored = await _api.ReadAsync(db => db.Set<Allocation>().SingleAsync(a => a.Id == allocation.Id()));
        Assert.Equal((resourceId, projectId, month, 64m, 1L), (stored.ResourceId, stored.ProjectId, stored.Month, stored.Hours, stored.Version));
    }

    [Fact]
    public async Task AllocateResource_ExistingBookingWithItsVersion_ReplacesTheHours()
    {
        var current = await _api.ReadAsync(db => db.Set<Allocation>().Where(a => a.Hours > 0).OrderBy(a => a.Id).FirstAsync());

        (await _api.CallAsync("allocateResource", Selection,
            new { resourceId = current.ResourceId, projectId = current.ProjectId, month = current.Month, hours = current.Hours + 8, version = current.Version }))
            .Succeeded("allocation");

        var stored = await _api.ReadAsync(db => db.Set<Allocation>().SingleAsync(a => a.Id == current.Id));
        Assert.Equal((current.Hours + 8, current.Version + 1), (stored.Hours, stored.Version));
    }

    [Fact]
    public async Task AllocateResource_ZeroHours_RemovesTheBookingWithAnAuditEntry()
    {
        var current = await _api.ReadAsync(db => db.Set<Allocation>().Where(a => a.Hours > 0).OrderBy(a => a.Id).FirstAsync());

        var allocation = (await _api.CallAsync("allocateResource", Selection,
            new { resourceId = current.ResourceId, projectId = current.ProjectId, month = current.Month, hours = 0m, version = current.Version }))
            .Succeeded("allocation");

        Assert.Equal((current.Id, 0m), (allocation.Id(), allocation.GetProperty("hours").GetDecimal()));
        Assert.False(await _api.ReadAsync(db => db.Set<Allocation>().AnyAsync(a => a.Id == current.Id)));
        var audit = await _api.ReadAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.EntityType == "Allocation" && a.EntityId == current.Id));
        Assert.Equal(("allocateResource:delete", (string?)null), (audit.Action, audit.After));
    }

    [Fact]
    public async Task AllocateResource_ZeroHoursWhereNothingIsBooked_ChangesNothing()
    {
        var (resourceId, projectId) = await PairAsync();
        var count = await _api.ReadAsync(db => db.Set<Allocation>().CountAsync());

        var payload = await _api.CallAsync("allocateResource", Selection, new { resourceId, projectId, month = new DateOnly(2031, 3, 1), hours = 0m });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.Succeeded("allocation").ValueKind);
        Assert.Equal(count, await _api.ReadAsync(db => db.Set<Allocation>().CountAsync()));
    }

    [Fact]
    public async Task AllocateResource_StaleOrMissingVersion_IsAConcurrencyError()
    {
        var current = await _api.ReadAsync(db => db.Set<Allocation>().Where(a => a.Hours > 0).OrderBy(a => a.Id).FirstAsync());
        var input = new { resourceId = current.ResourceId, projectId = current.ProjectId, month = current.Month, hours = 1m, version = (long?)current.Version - 1 };

        (await _api.CallAsync("allocateResource", Selection, input)).SingleError("ConcurrencyError");
        (await _api.CallAsync("allocateResource", Selection, input with { version = null })).SingleError("ConcurrencyError");

        Assert.Equal(current.Hours, (await _api.ReadAsync(db => db.Set<Allocation>().SingleAsync(a => a.Id == current.Id))).Hours);
    }

    [Fact]
    public async Task AllocateResource_InvalidFields_ReturnsEachRule()
    {
        var (resourceId, projectId) = await PairAsync();

        var payload = await _api.CallAsync("allocateResource", Selection, new { resourceId, projectId, month = new DateOnly(2031, 2, 2), hours = -5m });

        Assert.Equal([("month", "firstOfMonth"), ("hours", "nonNegative")], payload.Violations());
    }

    [Fact]
    public async Task AllocateResource_UnknownResourceOrProject_IsANotFoundError()
    {
        var (resourceId, projectId) = await PairAsync();

        (await _api.CallAsync("allocateResource", Selection, new { resourceId = 999999, projectId, month = new DateOnly(2031, 2, 1), hours = 1m })).SingleError("NotFoundError");
        (await _api.CallAsync("allocateResource", Selection, new { resourceId, projectId = 999999, month = new DateOnly(2031, 2, 1), hours = 1m })).SingleError("NotFoundError");
    }
}
