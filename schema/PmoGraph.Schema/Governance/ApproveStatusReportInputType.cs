using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class ApproveStatusReportInputType : InputObjectGraphType<ApproveStatusReportInput>
{
    public ApproveStatusReportInputType()
    {
        Name = "ApproveStatusReportInput";
        Description = "A submitted status report the PMO accepts.";
        Field(i => i.Id).Description("The report to approve.");
        Field(i => i.Version).Description("The version read; fails with a ConcurrencyError if the report changed since.");
    }
}
