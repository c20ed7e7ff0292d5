using GraphQL.Types;

namespace PmoGraph.Schema.Selection;

public sealed class SelectionStatusType : EnumerationGraphType<SelectionStatus>
{
    public SelectionStatusType()
    {
        Name = "SelectionStatus";
        Description = "What the solver proved: OPTIMAL (best possible), FEASIBLE (valid; the time limit stopped the proof, see the gap), INFEASIBLE (no selection meets the constraints) or UNKNOWN (no selection found in the time limit).";
    }
}
