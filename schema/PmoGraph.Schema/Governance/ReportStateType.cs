using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class ReportStateType : EnumerationGraphType<ReportState>
{
    public ReportStateType()
    {
        Name = "ReportState";
        Description = "Where a status report is in its workflow: DRAFT, then SUBMITTED to the PMO, then APPROVED.";
    }
}
