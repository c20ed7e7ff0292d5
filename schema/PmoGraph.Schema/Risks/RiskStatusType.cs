using GraphQL.Types;

namespace PmoGraph.Schema.Risks;

public sealed class RiskStatusType : EnumerationGraphType<RiskStatus>
{
    public RiskStatusType()
    {
        Name = "RiskStatus";
        Description = "Where a risk stands: OPEN, MITIGATING (a response is under way), OCCURRED (it became an issue) or CLOSED.";
    }
}
