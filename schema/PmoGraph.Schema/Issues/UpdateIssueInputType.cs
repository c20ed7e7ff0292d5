using GraphQL.Types;

namespace PmoGraph.Schema.Issues;

public sealed class UpdateIssueInputType : InputObjectGraphType<UpdateIssueInput>
{
    public UpdateIssueInputType()
    {
        Name = "UpdateIssueInput";
        Description = "New values for an issue that is not closed.";
        Field(i => i.Id).Description("The issue to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the issue changed since.");
        Field(i => i.Title).Description("A short title, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What is wrong, at most 4000 characters.");
        Field(i => i.Priority, type: typeof(NonNullGraphType<IssuePriorityType>)).Description("How urgent the issue is.");
        Field(i => i.Status, type: typeof(NonNullGraphType<IssueStatusType>))
            .Description("OPEN or IN_PROGRESS (a resolved issue is reopened so); resolve and close with resolveIssue and closeIssue.");
        Field(i => i.OwnerId, nullable: true).Description("The id of the person who owns the issue.");
        Field(i => i.DueDate, nullable: true).Description("When the issue should be resolved by; not before it was raised.");
    }
}
