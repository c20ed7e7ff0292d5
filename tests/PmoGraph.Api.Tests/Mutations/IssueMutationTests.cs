using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Issues;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class IssueMutationTests : IDisposable
{
    private const string Selection = "issue { id title status resolution version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private Task<Issue> OpenIssueAsync() =>
        _api.ReadAsync(db => db.Set<Issue>().Where(i => i.Status == IssueStatus.Open || i.Status == IssueStatus.InProgress).OrderBy(i => i.Id).FirstAsync());

    private static object Details(Issue issue, long version, string status) =>
        new { id = issue.Id, version, title = issue.Title, priority = "HIGH", status, dueDate = issue.RaisedOn.AddDays(30) };

    [Fact]
    public async Task RaiseIssue_ValidInput_IsStoredOpen()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        var issue = (await _api.CallAsync("raiseIssue", Selection,
            new { projectId, title = " Test rig down ", priority = "CRITICAL", raisedOn = new DateOnly(2026, 6, 1), dueDate = new DateOnly(2026, 6, 8) })).Succeeded("issue");

        var stored = await _api.ReadAsync(db => db.Set<Issue>().SingleAsync(i => i.Id == issue.Id()));
        Assert.Equal(("Test rig down", IssuePriority.Critical, IssueStatus.Open, new DateOnly(2026, 6, 1), (DateOnly?)new DateOnly(2026, 6, 8)),
            (stored.Title, stored.Priority, stored.Status, stored.RaisedOn, stored.DueDate));
    }

    [Fact]
    public async Task RaiseIssue_InvalidFields_ReturnsEachRule()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        var payload = await _api.CallAsync("raiseIssue", Selection, new
        {
            projectId,
            title = new string('t', 201),
            description = new string('d', 4001),
            priority = "LOW",
            raisedOn = new DateOnly(2026, 6, 1),
            dueDate = new DateOnly(2026, 5, 1),
        });

        Assert.Equal([("title", "maxLength"), ("description", "maxLength"), ("dueDate", "dateOrder")], payload.Violations());
    }

    [Fact]
    public async Task RaiseIssue_UnknownProject_IsANotFoundError() =>
        (await _api.CallAsync("raiseIssue", Selection, new { projectId = 999999, title = "X", priority = "LOW" })).SingleError("NotFoundError");

    [Fact]
    public async Task UpdateIssue_CurrentVersion_StoresTheChanges()
    {
        var current = await OpenIssueAsync();

        (await _api.CallAsync("updateIssue", Selection, Details(current, current.Version, "IN_PROGRESS"))).Succeeded("issue");

        var stored = await _api.ReadAsync(db => db.Set<Issue>().SingleAsync(i => i.Id == current.Id));
        Assert.Equal((IssueStatus.InProgress, IssuePriority.High, (DateOnly?)current.RaisedOn.AddDays(30), current.Version + 1),
            (stored.Status, stored.Priority, stored.DueDate, stored.Version));
    }

    [Fact]
    public async Task UpdateIssue_StaleVersion_IsAConcurrencyError()
    {
        var current = await OpenIssueAsync();

        (await _api.CallAsync("updateIssue", Selection, Details(current, current.Version + 1, "OPEN"))).SingleError("ConcurrencyError");

        Assert.Equal(current.Version, (await _api.ReadAsync(db => db.Set<Issue>().SingleAsync(i => i.Id == current.Id))).Version);
    }

    [Fact]
    public async Task UpdateIssue_ToResolvedOrOnAClosedIssue_IsAnInvalidTransitionError()
    {
        var current = await OpenIssueAsync();
        (await _api.CallAsync("updateIssue", Selection, Details(current, current.Version, "RESOLVED"))).SingleError("InvalidTransitionError");
        var closed = (await _api.CallAsync("closeIssue", Selection, new { id = current.Id, version = current.Version, resolution = "Won't fix" })).Succeeded("issue");

        (await _api.CallAsync("updateIssue", Selection, Details(current, closed.GetProperty("version").GetInt64(), "OPEN"))).SingleError("InvalidTransitionError");

        Assert.Equal(IssueStatus.Closed, (await _api.ReadAsync(db => db.Set<Issue>().SingleAsync(i => i.Id == current.Id))).Status);
    }

    [Fact]
    public async Task ResolveIssue_OpenIssue_StoresTheResolution()
    {
        var current = await OpenIssueAsync();

        (await _api.CallAsync("resolveIssue", Selection, new { id = current.Id, version = current.Version, resolution = " Replaced the rig " })).Succeeded("issue");

        var stored = await _api.ReadAsync(db => db.Set<Issue>().SingleAsync(i => i.Id == current.Id));
        Assert.Equal((IssueStatus.Resolved, "Replaced the rig", (DateOnly?)DateOnly.FromDateTime(DateTime.UtcNow)), (stored.Status, stored.Resolution, stored.ResolvedOn));
    }

    [Fact]
    public async Task ResolveIssue_BlankResolutionOrDateBeforeRaised_ReturnsEachRule()
    {
        var current = await OpenIssueAsync();

        Assert.Equal([("resolution", "required")], (await _api.CallAsync("resolveIssue", Selection, new { id = current.Id, version = current.Version, resolution = "" })).Violations());
        Assert.Equal([("resolvedOn", "dateOrder")], (await _api.CallAsync("resolveIssue", Selection,
            new { id = current.Id, version = current.Version, resolution = "Done", resolvedOn = current.RaisedOn.AddDays(-1) })).Violations());
    }

    [Fact]
    public async Task ResolveIssue_Twice_IsAnInvalidTransitionError()
    {
        var current = await OpenIssueAsync();
        var resolved = (await _api.CallAsync("resolveIssue", Selection, new { id = current.Id, version = current.Version, resolution = "Done" })).Succeeded("issue");

        (await _api.CallAsync("resolveIssue", Selection, new { id = current.Id, version = resolved.GetProperty("version").GetInt64(), resolution = "Again" }))
            .SingleError("InvalidTransitionError");
    }

    [Fact]
    public async Task CloseIssue_ResolvedIssueWithoutText_KeepsItsResolution()
    {
        var current = await OpenIssueAsync();
        var resolved = (await _api.CallAsync("resolveIssue", Selection, new { id = current.Id, version = current.Version, resolution = "Patched" })).Succeeded("issue");

        (await _api.CallAsync("closeIssue", Selection, new { id = current.Id, version = resolved.GetProperty("version").GetInt64() })).Succeeded("issue");

        var stored = await _api.ReadAsync(db => db.Set<Issue>().SingleAsync(i => i.Id == current.Id));
        Assert.Equal((IssueStatus.Closed, "Patched"), (stored.Status, stored.Resolution));
    }

    [Fact]
    public async Task CloseIssue_UnresolvedWithoutResolution_IsARequiredError()
    {
        var current = await OpenIssueAsync();

        Assert.Equal([("resolution", "required")], (await _api.CallAsync("closeIssue", Selection, new { id = current.Id, version = current.Version })).Violations());
        Assert.Equal([("resolution", "maxLength")], (await _api.CallAsync("closeIssue", Selection,
            new { id = current.Id, version = current.Version, resolution = new string('r', 4001) })).Violations());
    }

    [Fact]
    public async Task CloseIssue_Twice_StaleOrUnknown_AreTypedErrors()
    {
        var current = await OpenIssueAsync();
        (await _api.CallAsync("closeIssue", Selection, new { id = current.Id, version = current.Version + 5, resolution = "x" })).SingleError("ConcurrencyError");
        (await _api.CallAsync("closeIssue", Selection, new { id = 999999, version = 1, resolution = "x" })).SingleError("NotFoundError");
        var closed = (await _api.CallAsync("closeIssue", Selection, new { id = current.Id, version = current.Version, resolution = "Dropped" })).Succeeded("issue");

        (await _api.CallAsync("closeIssue", Selection, new { id = current.Id, version = closed.GetProperty("version").GetInt64(), resolution = "Again" }))
            .SingleError("InvalidTransitionError");
    }
}
