using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class ReturnStatusReportInputType : InputObjectGraphType<ReturnStatusReportInput>
{
    public ReturnStatusReportInputType()
    {
        Name = "ReturnStatusReportInput";
        Description = "A submitted status report sent back to its author as a draft.";
        Field(i => i.Id).Description("The report to return.");
        Field(i => i.Version).Description("The version read; fails with a ConcurrencyError if the report changed since.");
    }
}
