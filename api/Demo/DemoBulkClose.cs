using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Periods;

namespace PmoGraph.Api.Demo;

/// <summary>
/// A month's close as the <c>closePeriod</c> mutation makes it, with its rows taken to the store by
/// <see cref="DemoBulkWriter"/> instead of <c>SaveChanges</c>: the production close (<see cref="PeriodCloser"/>) adds
/// the month's rows to the change tracker, the mutation's write rules and audit trail see them there, the context's
/// save rules (versions, unstorable figures) are applied to them, and then the rows, and after them their audit
/// entries, are written in bulk with the ids the store would have given them. The demo's closes are first closes of
/// months nobody closed, so every row is new; anything else is refused.
/// </summary>
internal sealed class DemoBulkClose(PmoDbContext db, DemoBulkWriter writer, KpiOptions kpiOptions)
{
    private const string Action = "closePeriod";

    public async Task CloseAsync(ClaimsPrincipal office, DateOnly month, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var actor = office.FindFirst(PmoRoles.SubjectClaimType)?.Value ?? throw new ArgumentException("The office has no subject.", nameof(office));
        var scope = new MutationScope(db, actor, now);
        await PeriodCloser.CloseAsync(scope, month, false, kpiOptions, cancellationToken);
        scope.Input.ThrowIfInvalid();
        if (await new WriteRules(db).CheckAsync(office, cancellationToken) is { } refused)
        {
            throw new InvalidOperationException($"The demo's close of {month:yyyy-MM} was refused: {refused.Message}");
        }

        var audit = AuditTrail.Capture(db.ChangeTracker);
        var closed = await WriteAddedAsync(month, cancellationToken);

        // The audit entries read each row as saved (id and version): tracked again, unchanged, as after a save.
        db.AttachRange(closed);
        audit.Write(db, actor, Action, now);
        await WriteAddedAsync(month, cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Writes the tracked new rows in the order the tracker holds them, then stops tracking everything.</summary>
    private async Task<List<object>> WriteAddedAsync(DateOnly month, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Where(e => e.State is not EntityState.Unchanged).ToList();
        if (changed.Find(e => e.State is not EntityState.Added) is { } other)
        {
            throw new NotSupportedException($"The demo's bulk close of {month:yyyy-MM} writes new rows only; a {other.Metadata.ClrType.Name} is {other.State}.");
        }

        db.ApplySaveRules();
        var rows = changed.ConvertAll(e => e.Entity);
        db.ChangeTracker.Clear();
        await writer.WriteAsync(rows, cancellationToken);
        return rows;
    }
}
