using GraphQL.Types;

namespace PmoGraph.Schema.Projects;

public sealed class EarnedValueMethodType : EnumerationGraphType<EarnedValueMethod>
{
    public EarnedValueMethodType()
    {
        Name = "EarnedValueMethod";
        Description = "How milestones credit earned value: weighted milestones, 0/100, 50/50 or percent complete.";
    }
}
