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
        mutation.Mutation<UpdateIssueInput, UpdateIssueInputType, Issue, IssueType>(
                "updateIssue", "issue", UpdateAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
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

    private static async Task<Issue> UpdateAsync(UpdateIssueInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Title, "title", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        scope.Input.ThrowIfInvalid();
        var issue = await scope.FindAsync<Issue>(input.Id, "id", ct);
        scope.ExpectVersion(issue, input.Version);
        if (input.Status is not (IssueStatus.Open or IssueStatus.InProgress))
        {
            Refuse(issue, input.Status, $"Use {(input.Status is IssueStatus.Resolved ? "resolveIssue" : "closeIssue")} to make an issue {input.Status}.");
        }

        MustBeAllowed(issue, input.Status);
        scope.Input.InOrder(issue.RaisedOn, input.DueDate, "raisedOn", "dueDate");
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Person>(input.OwnerId, "ownerId", ct);
        if (issue.Status is IssueStatus.Resolved)
        {
            issue.ResolvedOn = null;
            issue.Resolution = null;
        }

        issue.Title = input.Title.Trim();
        issue.Description = input.Description;
        issue.Priority = input.Priority;
        issue.Status = input.Status;
        issue.OwnerId = input.OwnerId;
        issue.DueDate = input.DueDate;
        return issue;
    }

    private static async Task<Issue> ResolveAsync(ResolveIssueInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Resolution, "resolution", 4000);
        scope.Input.ThrowIfInvalid();
        var issue = await scope.FindAsync<Issue>(input.Id, "id", ct);
        scope.ExpectVersion(issue, input.Version);
        MustBeAllowed(issue, IssueStatus.Resolved);
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
        MustBeAllowed(issue, IssueStatus.Closed);
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
    private static void MustBeAllowed(Issue issue, IssueStatus to)
    {
        var allowed = issue.Status switch
        {
            IssueStatus.Open or IssueStatus.InProgress => true,
            IssueStatus.Resolved => to is not IssueStatus.Resolved,
            _ => false,
        };
        if (!allowed)
        {
            Refuse(issue, to, $"Issue {issue.Id} is {issue.Status}; it cannot become {to}.");
        }
    }

    private static void Refuse(Issue issue, IssueStatus to, string message) =>
        MutationScope.Fail(new InvalidTransitionError(message, issue.Status.ToString(), to.ToString()));
}
