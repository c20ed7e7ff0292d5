using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Managers change only what is theirs; a refused change is a NotAllowedError and writes nothing.</summary>
public sealed class WriteRuleTests : IDisposable
{
    private readonly PmoApiFactory _api = new();

    [Fact]
    public async Task RaiseRisk_ProjectManagerOnTheirProject_IsWritten()
    {
        var (manager, project, _) = await ManagedAndOtherAsync();

        var payload = await RaiseRiskAsync(_api.CreateClientFor(PmoRoles.ProjectManager, manager), project);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(1, await _api.ReadAsync(db => db.Set<Risk>().CountAsync(r => r.Title == "Security test risk")));
    }

    [Fact]
    public async Task RaiseRisk_ProjectManagerOnAnothersProject_NotAllowedAndNothingWritten()
    {
        var (manager, _, other) = await ManagedAndOtherAsync();
        var auditBefore = await _api.ReadAsync(db => db.Set<AuditEntry>().CountAsync());

        var payload = await RaiseRiskAsync(_api.CreateClientFor(PmoRoles.ProjectManager, manager), other);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NotAllowedError", error.GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.ReadAsync(db => db.Set<Risk>().CountAsync(r => r.Title == "Security test risk")));
        Assert.Equal(auditBefore, await _api.ReadAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task UpdateProject_ProjectManagerOnAnothersProject_NotAllowedAndRowUnchanged()
    {
        var (manager, _, other) = await ManagedAndOtherAsync();
        var before = await _api.ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == other));
        var client = _api.CreateClientFor(PmoRoles.ProjectManager, manager);
        var method = (await _api.CreateClient().DataAsync($"{{ project(id: {other}) {{ earnedValueMethod }} }}")).GetProperty("project").GetProperty("earnedValueMethod").GetString();

        var data = await client.DataAsync(
            "mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } errors { __typename } } }",
            new { input = new { id = other, version = before.Version, name = "Taken over", earnedValueMethod = method, percentComplete = before.PercentComplete, priority = before.Priority } });

        Assert.Equal("NotAllowedError", data.GetProperty("updateProject").GetProperty("errors")[0].GetProperty("__typename").GetString());
        var after = await _api.ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == other));
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task RaiseRisk_PortfolioManager_OnlyInTheirPortfoliosAndAnotherPortfoliosProjectIsMissing()
    {
        var (owner, inside, outside) = await _api.ReadAsync(async db =>
        {
            var portfolio = await db.Set<Portfolio>().Where(p => p.Owner != null).OrderBy(p => p.Id).Select(p => new { p.Id, p.Owner!.Subject }).FirstAsync();
            var owned = await db.Set<Portfolio>().Where(p => p.Owner!.Subject == portfolio.Subject).Select(p => p.Id).ToListAsync();
            var a = await db.Set<Project>().Where(p => owned.Contains(p.Program.PortfolioId)).Select(p => p.Id).FirstAsync();
            var b = await db.Set<Project>().Where(p => !owned.Contains(p.Program.PortfolioId)).Select(p => p.Id).FirstAsync();
            return (portfolio.Subject!, a, b);
        });
        var client = _api.CreateClientFor(PmoRoles.PortfolioManager, owner);

        var allowed = await RaiseRiskAsync(client, inside);
        var refused = await RaiseRiskAsync(client, outside);
        var missing = await RaiseRiskAsync(client, int.MaxValue);

        Assert.Equal(JsonValueKind.Null, allowed.GetProperty("errors").ValueKind);
        Assert.Equal("NotFoundError", refused.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(
            missing.GetRawText().Replace(int.MaxValue.ToString(CultureInfo.InvariantCulture), "ID", StringComparison.Ordinal),
            refused.GetRawText().Replace(outside.ToString(CultureInfo.InvariantCulture), "ID", StringComparison.Ordinal));
        Assert.Equal(1, await _api.ReadAsync(db => db.Set<Risk>().CountAsync(r => r.Title == "Security test risk")));
    }

    [Theory]
    [InlineData(PmoRoles.Analyst)]
    [InlineData(PmoRoles.Viewer)]
    public async Task RaiseRisk_ReadOnlyRole_NotAllowed(string role)
    {
        var (_, project, _) = await ManagedAndOtherAsync();

        var payload = await RaiseRiskAsync(_api.CreateClientFor(role, "reader"), project);

        Assert.Equal("NotAllowedError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.ReadAsync(db => db.Set<Risk>().CountAsync(r => r.Title == "Security test risk")));
    }

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("mutation($id: Int!) { updateProject(input: { id: $id, version: 99, name: \"Taken over\", earnedValueMethod: WEIGHTED_MILESTONES, priority: 3, percentComplete: 0 }) { project { id } errors { __typename ... on Error { message } } } }")]
    [InlineData("mutation($id: Int!) { moveProjectStage(input: { id: $id, version: 99, toStage: CLOSED }) { project { id stage } errors { __typename ... on Error { message } } } }")]
    [InlineData("mutation($id: Int!) { moveProjectStage(input: { id: $id, version: 1, toStage: CANCELLED, decision: KILL }) { project { id stage } errors { __typename ... on Error { message } } } }")]
    public async Task Mutation_PortfolioManagerOnAnotherPortfoliosProject_AnswersAsForAProjectThatDoesNotExist(string mutation)
    {
        var (owner, hidden) = await _api.ReadAsync(async db =>
        {
            var subject = await db.Set<Portfolio>().Where(p => p.Owner != null).OrderBy(p => p.Id).Select(p => p.Owner!.Subject).FirstAsync();
            var owned = await db.Set<Portfolio>().Where(p => p.Owner!.Subject == subject).Select(p => p.Id).ToListAsync();
            return (subject!, await db.Set<Project>().Where(p => !owned.Contains(p.Program.PortfolioId)).Select(p => p.Id).FirstAsync());
        });
        var before = await _api.ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == hidden));
        var client = _api.CreateClientFor(PmoRoles.PortfolioManager, owner);

        var onHidden = (await client.DataAsync(mutation, new { id = hidden })).GetRawText();
        var onMissing = (await client.DataAsync(mutation, new { id = int.MaxValue })).GetRawText();

        Assert.Contains("NotFoundError", onMissing, StringComparison.Ordinal);
        Assert.Equal(
            onMissing.Replace(int.MaxValue.ToString(CultureInfo.InvariantCulture), "ID", StringComparison.Ordinal),
            onHidden.Replace(hidden.ToString(CultureInfo.InvariantCulture), "ID", StringComparison.Ordinal));
        var after = await _api.ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == hidden));
        Assert.Equal((before.Name, before.Stage, before.Version), (after.Name, after.Stage, after.Version));
    }

    private static async Task<JsonElement> RaiseRiskAsync(HttpClient client, int projectId)
    {
        var data = await client.DataAsync(
            "mutation($input: RaiseRiskInput!) { raiseRisk(input: $input) { risk { id } errors { __typename ... on Error { message } } } }",
            new { input = new { projectId, title = "Security test risk", probability = 0.2m, impact = 3, costImpact = 1000m } });
        return data.GetProperty("raiseRisk");
    }

    private Task<(string Manager, int Managed, int Other)> ManagedAndOtherAsync() => _api.ReadAsync(async db =>
    {
        var managed = await db.Set<Project>().Where(p => p.Manager != null).OrderBy(p => p.Id).Select(p => new { p.Id, p.Manager!.Subject }).FirstAsync();
        var other = await db.Set<Project>().Where(p => p.Manager == null || p.Manager.Subject != managed.Subject).Select(p => p.Id).FirstAsync();
        return (managed.Subject!, managed.Id, other);
    });
}
