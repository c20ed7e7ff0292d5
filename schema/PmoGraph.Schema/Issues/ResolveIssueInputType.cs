using GraphQL.Types;

namespace PmoGraph.Schema.Issues;

public sealed class ResolveIssueInputType : InputObjectGraphType<ResolveIssueInput>
{
    public ResolveIssueInputType()
    {
        Name = "ResolveIssueInput";
        Description = "How an open or in-progress issue was resolved.";
        Field(i => i.Id).Description("The issue resolved.");
        Field(i => i.Version).Description("The version read; fails with a ConcurrencyError if the issue changed since.");
        Field(i => i.Resolution).Description("What was done, at most 4000 characters.");
        Field(i => i.ResolvedOn, nullable: true).Description("When it was resolved, not before it was raised; today (UTC) when omitted.");
    }
}
