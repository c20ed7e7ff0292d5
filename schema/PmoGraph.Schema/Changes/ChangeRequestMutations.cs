using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Changes;

internal sealed class ChangeRequestMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitChangeRequestInput, SubmitChangeRequestInputType, ChangeRequest, ChangeRequestType>(
                "submitChangeRequest", "changeRequest", SubmitAsync, typeof(InvalidTransitionErrorType))
            .Description("Submits a change to a baselined project's cost or schedule for decision.");
        mutation.Mutation<DecideChangeRequestInput, ApproveChangeRequestInputType, ChangeRequest, ChangeRequestType>(
                "approveChangeRequest", "changeRequest", ApproveAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Approves a submitted change request and, in the same transaction, moves the project's baseline cost and dates by its impact.");
        mutation.Mutation<DecideChangeRequestInput, RejectChangeRequestInputType, ChangeRequest, ChangeRequestType>(
                "rejectChangeRequest", "changeRequest", RejectAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Rejects a submitted change request; the baseline is unchanged.");
    }

    private static async Task<ChangeRequest> SubmitAsync(SubmitChangeRequestInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Title, "title", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        scope.Input.Range(input.ScheduleImpactDays, "scheduleImpactDays", -3650, 3650);
        scope.Input.Range(input.CostImpact, "costImpact", -1_000_000_000_000m, 1_000_000_000_000m);
        scope.Input.ThrowIfInvalid();
        var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
        if (!ProjectLifecycle.IsBaselined(project.Stage) || ProjectLifecycle.IsTerminal(project.Stage))
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Project {project.Code} is in stage {SchemaEnumNames.Of(project.Stage)}: change requests apply to baselined, open projects.",
                project.Stage, ChangeRequestStatus.Submitted));
        }

        // Codes follow the register's numbering; the unique index turns a concurrent clash into a typed error.
        var next = (await scope.Db.Set<ChangeRequest>().MaxAsync(c => (int?)c.Id, ct) ?? 0) + 1;
        var request = new ChangeRequest
        {
            ProjectId = project.Id,
            Code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CR-{next:D4}"),
            Title = input.Title.Trim(),
            Description = input.Description,
            CostImpact = input.CostImpact,
            ScheduleImpactDays = input.ScheduleImpactDays,
            Status = ChangeRequestStatus.Submitted,
            RequestedById = await PersonOfAsync(scope, ct),
            RaisedOn = scope.Today,
        };
        scope.Db.Add(request);
        return request;
    }

    private static async Task<ChangeRequest> ApproveAsync(DecideChangeRequestInput input, MutationScope scope, CancellationToken ct)
    {
        var request = await DecideAsync(input, ChangeRequestStatus.Approved, scope, ct);
        var project = await scope.FindAsync<Project>(request.ProjectId, "id", ct);
        project.BudgetAtCompletion += request.CostImpact;
        if (project.BudgetAtCompletion < 0)
        {
            scope.Input.Add("id", "range", $"Approving {request.Code} would take project {project.Code}'s budget below zero.");
        }

        project.BaselineFinish = project.BaselineFinish?.AddDays(request.ScheduleImpactDays);
        project.ForecastFinish = project.ForecastFinish?.AddDays(request.ScheduleImpactDays);
        return request;
    }

    private static async Task<ChangeRequest> RejectAsync(DecideChangeRequestInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Note, "note", 4000);
        return await DecideAsync(input, ChangeRequestStatus.Rejected, scope, ct);
    }

    private static async Task<ChangeRequest> DecideAsync(DecideChangeRequestInput input, ChangeRequestStatus decision, MutationScope scope, CancellationToken ct)
    {
        scope.Input.MaxLength(input.Note, "note", 4000);
        scope.Input.ThrowIfInvalid();
        var request = await scope.FindAsync<ChangeRequest>(input.Id, "id", ct);
        scope.ExpectVersion(request, input.Version);
        if (request.Status is not ChangeRequestStatus.Submitted)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"{request.Code} is {SchemaEnumNames.Of(request.Status)}: only a submitted change request can be {decision.ToString().ToLowerInvariant()}.",
                request.Status, decision));
        }

        request.Status = decision;
        request.DecidedOn = scope.Today;
        request.DecidedById = await PersonOfAsync(scope, ct);
        request.DecisionNote = input.Note;
        return request;
    }

    private static Task<int?> PersonOfAsync(MutationScope scope, CancellationToken ct) =>
        scope.Db.Set<Person>().Where(p => p.Subject == scope.Actor).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
}
