using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class ChangeRequestMutationTests : IDisposable
{
    private const string Selection = "changeRequest { id code status version project { budgetAtCompletion baselineFinish } } errors { __typename ... on Error { message } ... on ValidationError { path rule } ... on InvalidTransitionError { from to } }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<JsonElement> RunAsync(string field, string inputType, object input) =>
        (await _api.Client.DataAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {Selection} }} }}", new { input })).GetProperty(field);

    private Task<Project> ExecutingProjectAsync() =>
        _api.ReadAsync(db => db.Set<Project>().OrderBy(p => p.Id).FirstAsync(p => p.Stage == LifecycleStage.Executing && p.BaselineFinish != null));

    private async Task<ChangeRequest> SubmitAsync(Project project, decimal cost, int days)
    {
        var payload = await RunAsync("submitChangeRequest", "SubmitChangeRequestInput", new { projectId = project.Id, title = "Extra interface", costImpact = cost, scheduleImpactDays = days });
        var id = payload.GetProperty("changeRequest").GetProperty("id").GetInt32();
        return await _api.ReadAsync(db => db.Set<ChangeRequest>().SingleAsync(c => c.Id == id));
    }

    [Fact]
    public async Task SubmitChangeRequest_OnABaselinedProject_IsStoredAsSubmitted()
    {
        var project = await ExecutingProjectAsync();

        var request = await SubmitAsync(project, 12500m, 14);

        Assert.Equal((ChangeRequestStatus.Submitted, 12500m, 14, project.Id), (request.Status, request.CostImpact, request.ScheduleImpactDays, request.ProjectId));
        Assert.StartsWith("CR-", request.Code, StringComparison.Ordinal);
        Assert.Equal(project.BudgetAtCompletion, (await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id))).BudgetAtCompletion);
    }

    [Fact]
    public async Task SubmitChangeRequest_OnAnIdea_IsAnInvalidTransition()
    {
        var idea = await _api.ReadAsync(db => db.Set<Project>().FirstAsync(p => p.Stage == LifecycleStage.Idea));

        var payload = await RunAsync("submitChangeRequest", "SubmitChangeRequestInput", new { projectId = idea.Id, title = "Too early", costImpact = 1m, scheduleImpactDays = 0 });

        Assert.Equal("InvalidTransitionError", Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task ApproveChangeRequest_MovesTheBaselineCostAndFinishTogether()
    {
        var project = await ExecutingProjectAsync();
        var request = await SubmitAsync(project, 12500m, 14);

        var payload = await RunAsync("approveChangeRequest", "ApproveChangeRequestInput", new { id = request.Id, version = request.Version, note = "Agreed" });

        Assert.Equal("APPROVED", payload.GetProperty("changeRequest").GetProperty("status").GetString());
        var stored = await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(project.BudgetAtCompletion + 12500m, stored.BudgetAtCompletion);
        Assert.Equal(project.BaselineFinish!.Value.AddDays(14), stored.BaselineFinish);
        Assert.Equal(project.Version + 1, stored.Version);
    }

    [Fact]
    public async Task ApproveChangeRequest_Twice_IsAnInvalidTransitionAndMovesTheBaselineOnce()
    {
        var project = await ExecutingProjectAsync();
        var request = await SubmitAsync(project, 1000m, 3);
        var first = await RunAsync("approveChangeRequest", "ApproveChangeRequestInput", new { id = request.Id, version = request.Version });

        var again = await RunAsync("approveChangeRequest", "ApproveChangeRequestInput", new { id = request.Id, version = first.GetProperty("changeRequest").GetProperty("version").GetInt64() });

        var error = Assert.Single(again.GetProperty("errors").EnumerateArray());
        Assert.Equal(("InvalidTransitionError", "APPROVED"), (error.GetProperty("__typename").GetString(), error.GetProperty("from").GetString()));
        Assert.Equal(project.BudgetAtCompletion + 1000m, (await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id))).BudgetAtCompletion);
    }

    [Fact]
    public async Task ApproveChangeRequest_StaleVersion_IsAConcurrencyError()
    {
        var project = await ExecutingProjectAsync();
        var request = await SubmitAsync(project, 1000m, 3);

        var payload = await RunAsync("approveChangeRequest", "ApproveChangeRequestInput", new { id = request.Id, version = request.Version + 5 });

        Assert.Equal("ConcurrencyError", Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        Assert.Equal(ChangeRequestStatus.Submitted, (await _api.ReadAsync(db => db.Set<ChangeRequest>().SingleAsync(c => c.Id == request.Id))).Status);
    }

    [Fact]
    public async Task ApproveChangeRequest_SaveFailsMidway_LeavesRequestAndBaselineUntouched()
    {
        var project = await ExecutingProjectAsync();
        var request = await SubmitAsync(project, 5000m, 7);
        _api.FailingSave.Arm(2);

        var response = await _api.Client.QueryAsync(
            $"mutation($input: ApproveChangeRequestInput!) {{ approveChangeRequest(input: $input) {{ {Selection} }} }}",
            new { input = new { id = request.Id, version = request.Version } });

        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes());
        var stored = await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id));
        Assert.Equal((project.BudgetAtCompletion, project.BaselineFinish), (stored.BudgetAtCompletion, stored.BaselineFinish));
        Assert.Equal(ChangeRequestStatus.Submitted, (await _api.ReadAsync(db => db.Set<ChangeRequest>().SingleAsync(c => c.Id == request.Id))).Status);
    }

    [Fact]
    public async Task RejectChangeRequest_WithoutANote_IsAValidationError()
    {
        var project = await ExecutingProjectAsync();
        var request = await SubmitAsync(project, 1000m, 3);

        var payload = await RunAsync("rejectChangeRequest", "RejectChangeRequestInput", new { id = request.Id, version = request.Version });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("note", "required"), (error.GetProperty("path")[1].GetString(), error.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task RejectChangeRequest_WithANote_KeepsTheBaseline()
    {
        var project = await ExecutingProjectAsync();
        var request = await SubmitAsync(project, 1000m, 3);

        var payload = await RunAsync("rejectChangeRequest", "RejectChangeRequestInput", new { id = request.Id, version = request.Version, note = "Out of scope" });

        Assert.Equal("REJECTED", payload.GetProperty("changeRequest").GetProperty("status").GetString());
        Assert.Equal(project.BudgetAtCompletion, (await _api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id))).BudgetAtCompletion);
    }
}
