using GraphQL.Types;

namespace PmoGraph.Schema.Issues;

public sealed class CloseIssueInputType : InputObjectGraphType<CloseIssueInput>
{
    public CloseIssueInputType()
    {
        Name = "CloseIssueInput";
        Description = "An issue the project is done with.";
        Field(i => i.Id).Description("The issue to close.");
        Field(i => i.Version).Description("The version read; closing fails with a ConcurrencyError if the issue changed since.");
        Field(i => i.Resolution, nullable: true)
            .Description("Why it is closed, at most 4000 characters; required unless the issue was resolved with one, which it then replaces.");
    }
}
