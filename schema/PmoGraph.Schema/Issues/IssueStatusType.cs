using GraphQL.Types;

namespace PmoGraph.Schema.Issues;

public sealed class IssueStatusType : EnumerationGraphType<IssueStatus>
{
    public IssueStatusType()
    {
        Name = "IssueStatus";
        Description = "Where an issue stands: OPEN, IN_PROGRESS, RESOLVED (a fix is in place) or CLOSED.";
    }
}
