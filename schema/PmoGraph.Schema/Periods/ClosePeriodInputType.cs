using GraphQL.Types;

namespace PmoGraph.Schema.Periods;

public sealed class ClosePeriodInputType : InputObjectGraphType<ClosePeriodInput>
{
    public ClosePeriodInputType()
    {
        Name = "ClosePeriodInput";
        Description = "The month to close, and whether figures already frozen for it are recomputed.";
        Field(i => i.Period).Description("The month to close, as its first day; it must have started.");
        Field(i => i.Replace, nullable: true).DefaultValue(false)
            .Description("Recompute and replace the EVM snapshots and KPI values already frozen for the month (default false: keep them).");
    }
}
