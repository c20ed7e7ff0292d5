using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class GovernanceMutationTests : IDisposable
{
    private const string Report = "statusReport { id state overall narrative submittedAt approvedAt version }";
    private static readonly DateOnly _period = new(2031, 5, 1);

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<(int Id, long Version)> DraftAsync()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());
        var report = (await _api.CallAsync("draftStatusReport", Report, new
        {
            projectId,
            period = _period,
            overall = "AMBER",
            scope = "GREEN",
            schedule = "AMBER",
            cost = "GREEN",
            risk = "RED",
            narrative = "Slipping",
        })).Succeeded("statusReport");
        return (report.Id(), report.GetProperty("version").GetInt64());
    }

    private async Task<(int Id, long Version)> StepAsync(string mutation, (int Id, long Version) report)
    {
        var moved = (await _api.CallAsync(mutation, Report, new { id = report.Id, version = report.Version })).Succeeded("statusReport");
        return (moved.Id(), moved.GetProperty("version").GetInt64());
    }

    private Task<StatusReport> StoredAsync(int id) => _api.ReadAsync(db => db.Set<StatusReport>().SingleAsync(r => r.Id == id));

    private static object Rags(int id, long version, string overall) =>
        new { id, version, overall, scope = "GREEN", schedule = "GREEN", cost = "GREEN", risk = "GREEN", narrative = "Back on track" };

    [Fact]
    public async Task DraftStatusReport_ValidInput_IsStoredAsADraft()
    {
        var (id, _) = await DraftAsync();

        var stored = await StoredAsync(id);
        Assert.Equal((_period, ReportState.Draft, Rag.Amber, Rag.Red, "Slipping", (DateTime?)null), (stored.Period, stored.State, stored.Overall, stored.Risk, stored.Narrative, stored.SubmittedAt));
    }

    [Fact]
    public async Task DraftStatusReport_SecondForTheSameMonthOrMidMonth_IsAValidationError()
    {
        var (id, _) = await DraftAsync();
        var projectId = (await StoredAsync(id)).ProjectId;

        var duplicate = await _api.CallAsync("draftStatusReport", Report,
            new { projectId, period = _period, overall = "GREEN", scope = "GREEN", schedule = "GREEN", cost = "GREEN", risk = "GREEN" });
        var invalid = await _api.CallAsync("draftStatusReport", Report,
            new { projectId, period = new DateOnly(2031, 6, 2), overall = "GREEN", scope = "GREEN", schedule = "GREEN", cost = "GREEN", risk = "GREEN", narrative = new string('n', 8001) });

        Assert.Equal([("period", "unique")], duplicate.Violations());
        Assert.Equal([("period", "firstOfMonth"), ("narrative", "maxLength")], invalid.Violations());
    }

    [Fact]
    public async Task DraftStatusReport_UnknownProject_IsANotFoundError() =>
        (await _api.CallAsync("draftStatusReport", Report,
            new { projectId = 999999, period = _period, overall = "GREEN", scope = "GREEN", schedule = "GREEN", cost = "GREEN", risk = "GREEN" })).SingleError("NotFoundError");

    [Fact]
    public async Task UpdateStatusReport_Draft_StoresTheNewRags()
    {
        var draft = await DraftAsync();

        (await _api.CallAsync("updateStatusReport", Report, Rags(draft.Id, draft.Version, "GREEN"))).Succeeded("statusReport");

        var stored = await StoredAsync(draft.Id);
        Assert.Equal((Rag.Green, Rag.Green, "Back on track", draft.Version + 1), (stored.Overall, stored.Risk, stored.Narrative, stored.Version));
    }

    [Fact]
    public async Task UpdateStatusReport_StaleVersion_IsAConcurrencyError()
    {
        var draft = await DraftAsync();

        (await _api.CallAsync("updateStatusReport", Report, Rags(draft.Id, draft.Version + 1, "GREEN"))).SingleError("ConcurrencyError");

        Assert.Equal(Rag.Amber, (await StoredAsync(draft.Id)).Overall);
    }

    [Fact]
    public async Task UpdateStatusReport_Submitted_IsAnInvalidTransitionError()
    {
        var submitted = await StepAsync("submitStatusReport", await DraftAsync());

        (await _api.CallAsync("updateStatusReport", Report, Rags(submitted.Id, submitted.Version, "GREEN"))).SingleError("InvalidTransitionError");

        Assert.Equal(Rag.Amber, (await StoredAsync(submitted.Id)).Overall);
    }

    [Fact]
    public async Task SubmitThenApprove_StampsSubmittedAndApprovedAt()
    {
        var submitted = await StepAsync("submitStatusReport", await DraftAsync());
        Assert.Equal(ReportState.Submitted, (await StoredAsync(submitted.Id)).State);

        var approved = await StepAsync("approveStatusReport", submitted);

        var stored = await StoredAsync(approved.Id);
        Assert.Equal(ReportState.Approved, stored.State);
        Assert.NotNull(stored.SubmittedAt);
        Assert.InRange(stored.ApprovedAt!.Value, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task ReturnStatusReport_Submitted_GoesBackToDraft()
    {
        var submitted = await StepAsync("submitStatusReport", await DraftAsync());

        await StepAsync("returnStatusReport", submitted);

        var stored = await StoredAsync(submitted.Id);
        Assert.Equal((ReportState.Draft, (DateTime?)null), (stored.State, stored.SubmittedAt));
    }

    [Theory]
    [InlineData("approveStatusReport")]
    [InlineData("returnStatusReport")]
    public async Task ApproveOrReturn_Draft_IsAnInvalidTransitionError(string mutation)
    {
        var draft = await DraftAsync();

        (await _api.CallAsync(mutation, Report, new { id = draft.Id, version = draft.Version })).SingleError("InvalidTransitionError");

        Assert.Equal(ReportState.Draft, (await StoredAsync(draft.Id)).State);
    }

    [Fact]
    public async Task SubmitStatusReport_TwiceStaleOrUnknown_AreTypedErrors()
    {
        var draft = await DraftAsync();
        (await _api.CallAsync("submitStatusReport", Report, new { id = draft.Id, version = draft.Version + 1 })).SingleError("ConcurrencyError");
        (await _api.CallAsync("submitStatusReport", Report, new { id = 999999, version = 1 })).SingleError("NotFoundError");
        var submitted = await StepAsync("submitStatusReport", draft);

        (await _api.CallAsync("submitStatusReport", Report, new { id = submitted.Id, version = submitted.Version })).SingleError("InvalidTransitionError");
    }

    [Fact]
    public async Task AttachDocument_ValidInput_IsStored()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        var document = (await _api.CallAsync("attachDocument", "document { id title }",
            new { projectId, artefact = "BUSINESS_CASE", title = "Business case v2", url = "https://docs.example.com/bc-v2.pdf" })).Succeeded("document");

        var stored = await _api.ReadAsync(db => db.Set<Document>().SingleAsync(d => d.Id == document.Id()));
        Assert.Equal((projectId, ArtefactType.BusinessCase, "Business case v2", "https://docs.example.com/bc-v2.pdf", DateOnly.FromDateTime(DateTime.UtcNow)),
            (stored.ProjectId, stored.Artefact, stored.Title, stored.Url, stored.AttachedOn));
    }

    [Theory]
    [InlineData("ftp://docs.example.com/x", "format")]
    [InlineData("javascript:alert(1)", "format")]
    [InlineData("docs/x.pdf", "format")]
    public async Task AttachDocument_NonHttpUrl_IsAFormatError(string url, string rule)
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());

        var payload = await _api.CallAsync("attachDocument", "document { id }", new { projectId, artefact = "CHARTER", title = "", url });

        Assert.Equal([("title", "required"), ("url", rule)], payload.Violations());
    }

    [Fact]
    public async Task AttachDocument_UnknownProject_IsANotFoundError() =>
        (await _api.CallAsync("attachDocument", "document { id }", new { projectId = 999999, artefact = "CHARTER", title = "Charter" })).SingleError("NotFoundError");
}
