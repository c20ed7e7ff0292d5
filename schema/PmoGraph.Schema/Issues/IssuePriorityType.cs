using GraphQL.Types;

namespace PmoGraph.Schema.Issues;

public sealed class IssuePriorityType : EnumerationGraphType<IssuePriority>
{
    public IssuePriorityType()
    {
        Name = "IssuePriority";
        Description = "How urgently an issue must be dealt with: LOW, MEDIUM, HIGH or CRITICAL.";
    }
}
