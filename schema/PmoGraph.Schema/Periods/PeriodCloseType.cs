using GraphQL.Types;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Periods;

public sealed class PeriodCloseType : ObjectGraphType<PeriodClose>
{
    public PeriodCloseType()
    {
        Name = "PeriodClose";
        Description = "A closed month: its EVM snapshots, RAG statuses and KPI values are frozen at the month's last day; counts are those of the last run.";
        Field(c => c.Id).Description("The close's id.");
        Field(c => c.Period).Description("The month closed, as its first day.").Filterable().Sortable();
        Field(c => c.StatusDate).Description("The status date the figures are frozen at (the month's last day).");
        Field(c => c.FirstClosedAt).Description("When the month was first closed (UTC).").Sortable();
        Field(c => c.FirstClosedBy).Description("Who first closed the month.");
        Field(c => c.LastRunAt).Description("When the close last ran (UTC).");
        Field(c => c.LastRunBy).Description("Who ran the close last.");
        Field(c => c.Runs).Description("How many times the close has run for the month.");
        Field(c => c.LastRunReplaced).Description("Whether the last run was asked to replace figures already frozen.");
        Field(c => c.SnapshotsAdded).Description("EVM snapshots the last run froze for projects that had none for the month.");
        Field(c => c.SnapshotsReplaced).Description("EVM snapshots the last run recomputed (only when asked to replace).");
        Field(c => c.SnapshotsKept).Description("EVM snapshots the last run left as frozen before.");
        Field(c => c.KpiValuesAdded).Description("KPI values the last run froze that were not frozen before.");
        Field(c => c.KpiValuesReplaced).Description("KPI values the last run recomputed (only when asked to replace).");
        Field(c => c.KpiValuesKept).Description("KPI values the last run left as frozen before.");
        Field(c => c.Version).Description("Concurrency version.");
    }
}
