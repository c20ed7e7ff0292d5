using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Governance;

internal sealed class GovernanceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var concurrency = typeof(ConcurrencyErrorType);
        var transition = typeof(InvalidTransitionErrorType);
        mutation.Mutation<DraftStatusReportInput, DraftStatusReportInputType, StatusReport, StatusReportType>("draftStatusReport", "statusReport", DraftAsync)
            .Description("Starts a project's monthly status report as a draft; one report per project and month.");
        mutation.Update<UpdateStatusReportInput, UpdateStatusReportInputType, StatusReport, StatusReportType>(
                "updateStatusReport", "statusReport", UpdateAsync, transition)
            .Description("Changes a draft status report's RAG statuses and narrative.");
        mutation.Mutation<SubmitStatusReportInput, SubmitStatusReportInputType, StatusReport, StatusReportType>(
                "submitStatusReport", "statusReport", (input, scope, ct) => MoveAsync(input.Id, input.Version, ReportState.Submitted, scope, ct), concurrency, transition)
            .Description("Submits a draft status report to the PMO (DRAFT -> SUBMITTED).");
        mutation.Mutation<ApproveStatusReportInput, ApproveStatusReportInputType, StatusReport, StatusReportType>(
                "approveStatusReport", "statusReport", (input, scope, ct) => MoveAsync(input.Id, input.Version, ReportState.Approved, scope, ct), concurrency, transition)
            .Description("Approves a submitted status report (SUBMITTED -> APPROVED).");
        mutation.Mutation<ReturnStatusReportInput, ReturnStatusReportInputType, StatusReport, StatusReportType>(
                "returnStatusReport", "statusReport", (input, scope, ct) => MoveAsync(input.Id, input.Version, ReportState.Draft, scope, ct), concurrency, transition)
            .Description("Returns a submitted status report to its author for rework (SUBMITTED -> DRAFT).");
        mutation.Mutation<AttachDocumentInput, AttachDocumentInputType, Document, DocumentType>("attachDocument", "document", AttachAsync)
            .Description("Records an artefact a project has produced, with a link to where it is kept.");
    }

    private static async Task<StatusReport> DraftAsync(DraftStatusReportInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.FirstOfMonth(input.Period, "period");
        scope.Input.MaxLength(input.Narrative, "narrative", 8000);
        if (await scope.Db.Set<StatusReport>().AnyAsync(r => r.ProjectId == input.ProjectId && r.Period == input.Period, ct))
        {
            scope.Input.Add("period", "unique", $"Project {input.ProjectId} already has a status report for {input.Period:yyyy-MM}; update it instead.");
        }

        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        var report = new StatusReport
        {
            ProjectId = input.ProjectId,
            Period = input.Period,
            Overall = input.Overall,
            Scope = input.Scope,
            Schedule = input.Schedule,
            Cost = input.Cost,
            Risk = input.Risk,
            Narrative = input.Narrative,
            State = ReportState.Draft,
            AuthorId = await ActingPersonAsync(scope, ct),
        };
        scope.Db.Add(report);
        return report;
    }

    private static Task UpdateAsync(UpdateStatusReportInput input, StatusReport report, MutationScope scope, CancellationToken ct)
    {
        if (report.State is not ReportState.Draft)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Status report {report.Id} is {SchemaEnumNames.Of(report.State)}; only a DRAFT can be changed.", report.State, report.State));
        }

        scope.Input.MaxLength(report.Narrative, "narrative", 8000);
        scope.Input.ThrowIfInvalid();
        return Task.CompletedTask;
    }

    /// <summary>Draft -> Submitted -> Approved, and Submitted -> Draft when the PMO returns it.</summary>
    private static async Task<StatusReport> MoveAsync(int id, long version, ReportState to, MutationScope scope, CancellationToken ct)
    {
        var report = await scope.FindAsync<StatusReport>(id, "id", ct);
        scope.ExpectVersion(report, version);
        var from = report.State;
        var allowed = (from, to) is (ReportState.Draft, ReportState.Submitted)
            or (ReportState.Submitted, ReportState.Approved)
            or (ReportState.Submitted, ReportState.Draft);
        if (!allowed)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Status report {report.Id} is {SchemaEnumNames.Of(from)}; it cannot move to {SchemaEnumNames.Of(to)}.", from, to));
        }

        report.State = to;
        report.SubmittedAt = to switch
        {
            ReportState.Submitted => scope.Now,
            ReportState.Draft => null,
            _ => report.SubmittedAt,
        };
        report.ApprovedAt = to is ReportState.Approved ? scope.Now : null;
        return report;
    }

    private static async Task<Document> AttachAsync(AttachDocumentInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Title, "title", 200);
        scope.Input.MaxLength(input.Url, "url", 2000);
        if (input.Url is { Length: <= 2000 } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            scope.Input.Add("url", "format", "'url' must be an absolute http or https link.");
        }

        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        var document = new Document
        {
            ProjectId = input.ProjectId,
            Artefact = input.Artefact,
            Title = input.Title.Trim(),
            Url = input.Url,
            AttachedOn = input.AttachedOn ?? scope.Today,
            AuthorId = await ActingPersonAsync(scope, ct),
        };
        scope.Db.Add(document);
        return document;
    }

    /// <summary>The person the caller signs in as, if the directory knows them.</summary>
    private static Task<int?> ActingPersonAsync(MutationScope scope, CancellationToken ct) =>
        scope.Db.Set<Person>().Where(p => p.Subject == scope.Actor).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
}
