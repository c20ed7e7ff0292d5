using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Issues;

internal sealed class IssueMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RaiseIssueInput, RaiseIssueInputType, Issue, IssueType>("raiseIssue", "issue", RaiseAsync)
            .Description("Raises an issue in a project's log.");
        mutation.Update<UpdateIssueInput, UpdateIssueInputType, Issue, IssueType>(
                "updateIssue", "issue", UpdateAsync, typeof(InvalidTransitionErrorType))
            .Description("Changes an issue's details or works it (OPEN <-> IN_PROGRESS); reopens a resolved one.");
        mutation.Mutation<ResolveIssueInput, ResolveIssueInputType, Issue, IssueType>(
                "resolveIssue", "issue", ResolveAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Records how an open or in-progress issue was resolved.");
        mutation.Mutation<CloseIssueInput, CloseIssueInputType, Issue, IssueType>(
                "closeIssue", "issue", CloseAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Closes an issue for good, resolved or not; a closed issue no longer changes.");
    }

    private static async Task<Issue> RaiseAsync(RaiseIssueInput input, MutationScope scope, CancellationToken ct)
    {
        var raisedOn = input.RaisedOn ?? scope.Today;
        scope.Input.Required(input.Title, "title", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        scope.Input.InOrder(raisedOn, input.DueDate, "raisedOn", "dueDate");
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        await scope.MustExistAsync<Person>(input.OwnerId, "ownerId", ct);
        var issue = new Issue
        {
            ProjectId = input.ProjectId,
            Title = input.Title.Trim(),
            Description = input.Description,
            Priority = input.Priority,
            Status = IssueStatus.Open,
            OwnerId = input.OwnerId,
            RaisedOn = raisedOn,
            DueDate = input.DueDate,
        };
        scope.Db.Add(issue);
        return issue;
    }

    private static async Task UpdateAsync(UpdateIssueInput input, Issue issue, MutationScope scope, CancellationToken ct)
    {
        var from = scope.Stored(issue, i => i.Status);
        if (input.Has(nameof(UpdateIssueInput.Status)) && input.Status is { } to)
        {
            if (to is not (IssueStatus.Open or IssueStatus.InProgress))
            {
                Refuse(from, to, $"Use {(to is IssueStatus.Resolved ? "resolveIssue" : "closeIssue")} to make an issue {SchemaEnumNames.Of(to)}.");
            }

            MustBeAllowed(issue.Id, from, to);
        }
        else if (from is IssueStatus.Closed)
        {
            Refuse(from, from, $"Issue {issue.Id} is {SchemaEnumNames.Of(from)}; it no longer changes.");
        }

        scope.Input.Required(issue.Title, "title", 200);
        scope.Input.MaxLength(issue.Description, "description", 4000);
        scope.Input.InOrder(issue.RaisedOn, issue.DueDate, "raisedOn", "dueDate");
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Person>(issue.OwnerId, "ownerId", ct);
        if (from is IssueStatus.Resolved && issue.Status is not IssueStatus.Resolved)
        {
            issue.ResolvedOn = null;
            issue.Resolution = null;
        }

        issue.Title = issue.Title.Trim();
    }

    private static async Task<Issue> ResolveAsync(ResolveIssueInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Resolution, "resolution", 4000);
        scope.Input.ThrowIfInvalid();
        var issue = await scope.FindAsync<Issue>(input.Id, "id", ct);
        scope.ExpectVersion(issue, input.Version);
        MustBeAllowed(issue.Id, issue.Status, IssueStatus.Resolved);
        var resolvedOn = input.ResolvedOn ?? scope.Today;
        scope.Input.InOrder(issue.RaisedOn, resolvedOn, "raisedOn", "resolvedOn");
        scope.Input.ThrowIfInvalid();
        issue.Status = IssueStatus.Resolved;
        issue.Resolution = input.Resolution.Trim();
        issue.ResolvedOn = resolvedOn;
        return issue;
    }

    private static async Task<Issue> CloseAsync(CloseIssueInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.MaxLength(input.Resolution, "resolution", 4000);
        scope.Input.ThrowIfInvalid();
        var issue = await scope.FindAsync<Issue>(input.Id, "id", ct);
        scope.ExpectVersion(issue, input.Version);
        MustBeAllowed(issue.Id, issue.Status, IssueStatus.Closed);
        var resolution = string.IsNullOrWhiteSpace(input.Resolution) ? issue.Resolution : input.Resolution.Trim();
        if (string.IsNullOrWhiteSpace(resolution))
        {
            scope.Input.Add("resolution", "required", $"Issue {issue.Id} has no resolution yet; 'resolution' is required to close it.");
        }

        scope.Input.ThrowIfInvalid();
        issue.Status = IssueStatus.Closed;
        issue.Resolution = resolution;
        issue.ResolvedOn ??= scope.Today < issue.RaisedOn ? issue.RaisedOn : scope.Today;
        return issue;
    }

    /// <summary>Open and in-progress issues move freely; a resolved one may be reopened or closed; a closed one stays closed.</summary>
    private static void MustBeAllowed(int id, IssueStatus from, IssueStatus to)
    {
        var allowed = from switch
        {
            IssueStatus.Open or IssueStatus.InProgress => true,
            IssueStatus.Resolved => to is not IssueStatus.Resolved,
            _ => false,
        };
        if (!allowed)
        {
            Refuse(from, to, $"Issue {id} is {SchemaEnumNames.Of(from)}; it cannot become {SchemaEnumNames.Of(to)}.");
        }
    }

    private static void Refuse(IssueStatus from, IssueStatus to, string message) =>
        MutationScope.Fail(new InvalidTransitionError(message, from, to));
}
