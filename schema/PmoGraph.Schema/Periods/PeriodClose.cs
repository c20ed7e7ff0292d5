using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Periods;

/// <summary>
/// The record of a month's close: EVM snapshots, RAG statuses and KPI values frozen at the month's last day. One row
/// per month; a re-run updates the counts of its last run and never deletes what earlier runs froze.
/// </summary>
public sealed class PeriodClose : VersionedEntity
{
    /// <summary>The first day of the month closed.</summary>
    public DateOnly Period { get; set; }

    /// <summary>The status date the figures are frozen at: the month's last day.</summary>
    public DateOnly StatusDate { get; set; }
    public DateTime FirstClosedAt { get; set; }
    public required string FirstClosedBy { get; set; }
    public DateTime LastRunAt { get; set; }
    public required string LastRunBy { get; set; }
    public int Runs { get; set; }
    public bool LastRunReplaced { get; set; }

    /// <summary>EVM snapshots the last run added, replaced and kept (already frozen, not asked to replace).</summary>
    public int SnapshotsAdded { get; set; }
    public int SnapshotsReplaced { get; set; }
    public int SnapshotsKept { get; set; }

    /// <summary>KPI values the last run added, replaced and kept.</summary>
    public int KpiValuesAdded { get; set; }
    public int KpiValuesReplaced { get; set; }
    public int KpiValuesKept { get; set; }
}
