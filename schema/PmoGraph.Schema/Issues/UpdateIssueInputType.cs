using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Issues;

public sealed class UpdateIssueInputType : UpdateInputType<UpdateIssueInput, Issue>
{
    public UpdateIssueInputType()
        : base("UpdateIssueInput", "issue", "New values for an issue that is not closed.")
    {
        Patch(i => i.Title, "A short title, at most 200 characters.");
        Patch(i => i.Description, "What is wrong, at most 4000 characters.");
        Patch(i => i.Priority, "How urgent the issue is.", typeof(IssuePriorityType));
        Patch(i => i.Status, "OPEN or IN_PROGRESS (a resolved issue is reopened so); resolve and close with resolveIssue and closeIssue.", typeof(IssueStatusType));
        Patch(i => i.OwnerId, "The id of the person who owns the issue.");
        Patch(i => i.DueDate, "When the issue should be resolved by; not before it was raised.");
        Derives(i => i.ResolvedOn);
        Derives(i => i.Resolution);
    }
}
