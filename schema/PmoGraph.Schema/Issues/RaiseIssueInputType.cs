using GraphQL.Types;

namespace PmoGraph.Schema.Issues;

public sealed class RaiseIssueInputType : InputObjectGraphType<RaiseIssueInput>
{
    public RaiseIssueInputType()
    {
        Name = "RaiseIssueInput";
        Description = "A new issue in a project's log; it starts OPEN.";
        Field(i => i.ProjectId).Description("The project with the issue.");
        Field(i => i.Title).Description("A short title, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What is wrong, at most 4000 characters.");
        Field(i => i.Priority, type: typeof(NonNullGraphType<IssuePriorityType>)).Description("How urgent the issue is.");
        Field(i => i.OwnerId, nullable: true).Description("The id of the person who owns the issue.");
        Field(i => i.RaisedOn, nullable: true).Description("When the issue was raised; today (UTC) when omitted.");
        Field(i => i.DueDate, nullable: true).Description("When the issue should be resolved by; not before it was raised.");
    }
}
