using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class SubmitStatusReportInputType : InputObjectGraphType<SubmitStatusReportInput>
{
    public SubmitStatusReportInputType()
    {
        Name = "SubmitStatusReportInput";
        Description = "A draft status report to send to the PMO.";
        Field(i => i.Id).Description("The report to submit.");
        Field(i => i.Version).Description("The version read; fails with a ConcurrencyError if the report changed since.");
    }
}
