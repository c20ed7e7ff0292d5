using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class GateDecisionType : EnumerationGraphType<GateDecision>
{
    public GateDecisionType()
    {
        Name = "GateDecision";
        Description = "A gate review's outcome: GO to the next stage, HOLD where it is, or KILL the project.";
    }
}
