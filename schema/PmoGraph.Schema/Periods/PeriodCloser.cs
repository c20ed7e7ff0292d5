using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Periods;

/// <summary>
/// Closes a month: freezes each project's EVM snapshot (with its RAG) at the month's last day and the month's KPI
/// values. Idempotent: what a month already has frozen is kept unless <c>replace</c> is asked, and nothing of an
/// earlier month is touched. Runs inside the caller's mutation transaction, so the audit trail records every row.
/// </summary>
public static class PeriodCloser
{
    public static async Task<PeriodClose> CloseAsync(MutationScope scope, DateOnly period, bool replace, KpiOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Input.FirstOfMonth(period, "period");
        if (period > scope.Today)
        {
            scope.Input.Add("period", "notStarted", $"{period:yyyy-MM} has not started yet; only a month that has started can be closed.");
        }

        scope.Input.ThrowIfInvalid();
        var db = scope.Db;
        var statusDate = period.AddMonths(1).AddDays(-1);
        var close = await db.Set<PeriodClose>().FirstOrDefaultAsync(c => c.Period == period, ct);
        if (close is null)
        {
            close = new PeriodClose { Period = period, StatusDate = statusDate, FirstClosedAt = scope.Now, FirstClosedBy = scope.Actor, LastRunBy = scope.Actor };
            db.Add(close);
        }

        close.Runs++;
        close.LastRunAt = scope.Now;
        close.LastRunBy = scope.Actor;
        close.LastRunReplaced = replace;
        (close.SnapshotsAdded, close.SnapshotsReplaced, close.SnapshotsKept) = await FreezeSnapshotsAsync(scope, statusDate, replace, ct);
        (close.KpiValuesAdded, close.KpiValuesReplaced, close.KpiValuesKept) = await FreezeKpisAsync(scope, period, replace, options, ct);
        return close;
    }

    private static async Task<(int Added, int Replaced, int Kept)> FreezeSnapshotsAsync(MutationScope scope, DateOnly statusDate, bool replace, CancellationToken ct)
    {
        var db = scope.Db;
        var projects = await EarnedValueLoader.LoadAsync(db, p => !p.IsArchived, ct);
        var policy = await EarnedValueReader.PolicyAsync(db, ct);
        var frozen = await db.Set<EvmSnapshot>().Where(s => s.StatusDate == statusDate).ToDictionaryAsync(s => s.ProjectId, ct);
        var (added, replaced, kept) = (0, 0, 0);
        foreach (var project in projects)
        {
            if (frozen.TryGetValue(project.Id, out var snapshot) && !replace)
            {
                kept++;
                continue;
            }

            if (snapshot is null)
            {
                snapshot = new EvmSnapshot { ProjectId = project.Id };
                db.Add(snapshot);
                added++;
            }
            else
            {
                replaced++;
            }

            snapshot.Freeze(EarnedValueReader.Judged([project.Inputs], policy, statusDate), scope.Now);
        }

        return (added, replaced, kept);
    }

    private static async Task<(int Added, int Replaced, int Kept)> FreezeKpisAsync(
        MutationScope scope, DateOnly period, bool replace, KpiOptions options, CancellationToken ct)
    {
        var db = scope.Db;
        var measures = KpiCalculator.Compute(period, await KpiLoader.LoadAsync(db, period, ct), options);
        var frozen = (await db.Set<KpiValue>().Where(k => k.Period == period).ToListAsync(ct))
            .ToDictionary(k => (k.Kpi, k.Scope, k.ScopeId));
        var (added, replaced, kept) = (0, 0, 0);
        foreach (var measure in measures)
        {
            if (frozen.TryGetValue((measure.Kpi, measure.Scope, measure.ScopeId), out var value) && !replace)
            {
                kept++;
                continue;
            }

            if (value is null)
            {
                value = new KpiValue { Kpi = measure.Kpi, Period = period, Scope = measure.Scope, ScopeId = measure.ScopeId };
                db.Add(value);
                added++;
            }
            else
            {
                replaced++;
            }

            (value.Value, value.Numerator, value.Denominator, value.FrozenAt) = (measure.Value, measure.Numerator, measure.Denominator, scope.Now);
        }

        return (added, replaced, kept);
    }
}
