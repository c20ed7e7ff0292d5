using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class ProjectMutationTests : IDisposable
{
    private static string Errors(string field) =>
        "errors { __typename ... on Error { message } ... on ValidationError { path rule } ... on NotFoundError { entity id }"
        + (field == "moveProjectStage" ? " ... on InvalidTransitionError { from to }" : "") + " }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<JsonElement> RunAsync(string field, string inputType, object input, string selection = "project { id code stage version }")
    {
        var data = await _api.Client.DataAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} {Errors(field)} }} }}", new { input });
        return data.GetProperty(field);
    }

    private static List<(string? Type, string? Field, string? Rule)> ValidationErrors(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => (
            e.GetProperty("__typename").GetString(),
            e.TryGetProperty("path", out var path) ? path[1].GetString() : null,
            e.TryGetProperty("rule", out var rule) ? rule.GetString() : null))];

    private Task<Project> ProjectInAsync(LifecycleStage stage) =>
        _api.ReadAsync(db => db.Set<Project>().OrderBy(p => p.Id).FirstAsync(p => p.Stage == stage));

    [Fact]
    public async Task CreateProject_ValidInput_StartsAsAnIdea()
    {
        var programId = await _api.ReadAsync(db => db.Set<ProgramEntity>().Select(p => p.Id).FirstAsync());

        var payload = await RunAsync("createProject", "CreateProjectInput", new
        {
            programId,
            code = "PRJ-9001",
            name = "Data platform",
            budgetAtCompletion = 250000.50m,
            currency = "EUR",
            earnedValueMethod = "WEIGHTED_MILESTONES",
            priority = 5,
            plannedStart = "2027-01-01",
            plannedFinish = "2027-12-31",
        });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var id = payload.GetProperty("project").GetProperty("id").GetInt32();
        var stored = await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == id));
        Assert.Equal((LifecycleStage.Idea, 250000.50m, "EUR", new DateOnly(2027, 12, 31)), (stored.Stage, stored.BudgetAtCompletion, stored.Currency, stored.PlannedFinish!.Value));
    }

    [Fact]
    public async Task CreateProject_BrokenRules_NameEachFieldAndWriteNothing()
    {
        var programId = await _api.ReadAsync(db => db.Set<ProgramEntity>().Select(p => p.Id).FirstAsync());
        var count = await _api.ReadAsync(db => db.Set<Project>().CountAsync());

        var payload = await RunAsync("createProject", "CreateProjectInput", new
        {
            programId,
            code = "PRJ-9002",
            name = "",
            budgetAtCompletion = -1m,
            currency = "EURO",
            earnedValueMethod = "ZERO_HUNDRED",
            priority = 0,
            plannedStart = "2027-06-01",
            plannedFinish = "2027-01-01",
        });

        Assert.Equal(
            [("ValidationError", "name", "required"), ("ValidationError", "plannedFinish", "dateOrder"), ("ValidationError", "priority", "range"),
             ("ValidationError", "budgetAtCompletion", "nonNegative"), ("ValidationError", "currency", "currency")],
            ValidationErrors(payload));
        Assert.Equal(count, await _api.ReadAsync(db => db.Set<Project>().CountAsync()));
    }

    [Fact]
    public async Task CreateProject_UnknownProgram_IsNotFound()
    {
        var payload = await RunAsync("createProject", "CreateProjectInput", new
        {
            programId = 31337,
            code = "PRJ-9003",
            name = "Orphan",
            budgetAtCompletion = 1m,
            currency = "USD",
            earnedValueMethod = "FIFTY_FIFTY",
            priority = 1,
        });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("NotFoundError", "Program", 31337), (error.GetProperty("__typename").GetString(), error.GetProperty("entity").GetString(), error.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task MoveProjectStage_ProposedToApproved_SetsTheBaselineAndRecordsTheGate()
    {
        var project = await ProjectInAsync(LifecycleStage.Proposed);

        var payload = await RunAsync("moveProjectStage", "MoveProjectStageInput", new { id = project.Id, version = project.Version, toStage = "APPROVED", notes = "Board 12" });

        Assert.Equal("APPROVED", payload.GetProperty("project").GetProperty("stage").GetString());
        var stored = await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id));
        Assert.Equal((LifecycleStage.Approved, project.PlannedStart, project.PlannedFinish), (stored.Stage, stored.BaselineStart, stored.BaselineFinish));
        var gate = await _api.ReadAsync(db => db.Set<PhaseGate>().Where(g => g.ProjectId == project.Id).OrderByDescending(g => g.Id).FirstAsync());
        Assert.Equal((LifecycleStage.Proposed, LifecycleStage.Approved, GateDecision.Go, "Board 12"), (gate.FromStage, gate.ToStage, gate.Decision, gate.Notes));
    }

    [Fact]
    public async Task MoveProjectStage_SkippingAStage_IsAnInvalidTransition()
    {
        var project = await ProjectInAsync(LifecycleStage.Idea);
        var gates = await _api.ReadAsync(db => db.Set<PhaseGate>().CountAsync());

        var payload = await RunAsync("moveProjectStage", "MoveProjectStageInput", new { id = project.Id, version = project.Version, toStage = "EXECUTING" });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("InvalidTransitionError", "IDEA", "EXECUTING"), (error.GetProperty("__typename").GetString(), error.GetProperty("from").GetString(), error.GetProperty("to").GetString()));
        Assert.Equal(LifecycleStage.Idea, (await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id))).Stage);
        Assert.Equal(gates, await _api.ReadAsync(db => db.Set<PhaseGate>().CountAsync()));
    }

    [Fact]
    public async Task MoveProjectStage_Kill_CancelsTheProject()
    {
        var project = await ProjectInAsync(LifecycleStage.Planning);

        var payload = await RunAsync("moveProjectStage", "MoveProjectStageInput", new { id = project.Id, version = project.Version, toStage = "EXECUTING", decision = "KILL" });

        Assert.Equal("CANCELLED", payload.GetProperty("project").GetProperty("stage").GetString());
        var gate = await _api.ReadAsync(db => db.Set<PhaseGate>().Where(g => g.ProjectId == project.Id).OrderByDescending(g => g.Id).FirstAsync());
        Assert.Equal((GateDecision.Kill, LifecycleStage.Cancelled), (gate.Decision, gate.ToStage));
    }

    [Fact]
    public async Task MoveProjectStage_Hold_RecordsTheGateAndKeepsTheStage()
    {
        var project = await ProjectInAsync(LifecycleStage.Planning);

        var payload = await RunAsync("moveProjectStage", "MoveProjectStageInput", new { id = project.Id, version = project.Version, toStage = "EXECUTING", decision = "HOLD" });

        Assert.Equal("PLANNING", payload.GetProperty("project").GetProperty("stage").GetString());
        Assert.Equal(project.Version + 1, payload.GetProperty("project").GetProperty("version").GetInt64());
        var gate = await _api.ReadAsync(db => db.Set<PhaseGate>().Where(g => g.ProjectId == project.Id).OrderByDescending(g => g.Id).FirstAsync());
        Assert.Equal(GateDecision.Hold, gate.Decision);
    }

    [Fact]
    public async Task UpdateProject_BudgetOfABaselinedProject_IsRefused()
    {
        var project = await ProjectInAsync(LifecycleStage.Executing);

        var payload = await RunAsync("updateProject", "UpdateProjectInput", new
        {
            id = project.Id,
            version = project.Version,
            name = project.Name,
            budgetAtCompletion = project.BudgetAtCompletion + 1000m,
            percentComplete = 10m,
            earnedValueMethod = "WEIGHTED_MILESTONES",
            priority = 3,
            plannedStart = project.PlannedStart,
            plannedFinish = project.PlannedFinish,
        });

        Assert.Equal([("ValidationError", "budgetAtCompletion", "baselined")], ValidationErrors(payload));
        Assert.Equal(project.BudgetAtCompletion, (await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id))).BudgetAtCompletion);
    }

    [Fact]
    public async Task UpdateProject_ForecastAndProgress_AreStoredAndAudited()
    {
        var project = await ProjectInAsync(LifecycleStage.Executing);

        var payload = await RunAsync("updateProject", "UpdateProjectInput", new
        {
            id = project.Id,
            version = project.Version,
            name = "Renamed project",
            percentComplete = 42.5m,
            earnedValueMethod = "PERCENT_COMPLETE",
            priority = 7,
            plannedStart = project.PlannedStart,
            plannedFinish = project.PlannedFinish,
            forecastStart = "2026-01-01",
            forecastFinish = "2027-03-31",
        });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var stored = await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(("Renamed project", 42.5m, EarnedValueMethod.PercentComplete, new DateOnly(2027, 3, 31)), (stored.Name, stored.PercentComplete, stored.EarnedValueMethod, stored.ForecastFinish!.Value));
        Assert.Equal(1, await _api.ReadAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == "Project" && a.EntityId == project.Id && a.Action == "updateProject")));
    }
}
