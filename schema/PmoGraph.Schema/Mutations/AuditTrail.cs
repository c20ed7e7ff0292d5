using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// Records what a mutation changed: each entity's state before (read before the save) and after (read after it,
/// so new rows have their ids and versions). Written in the mutation's transaction.
/// </summary>
internal sealed class AuditTrail
{
    private static readonly JsonSerializerOptions _json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly List<(Entity Entity, EntityState State, string? Before)> _changes;

    private AuditTrail(List<(Entity, EntityState, string?)> changes) => _changes = changes;

    public static AuditTrail Capture(ChangeTracker tracker)
    {
        var changes = tracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .Select(e => (e.Entity, e.State, e.State is EntityState.Added ? null : Serialize(e.OriginalValues)))
            .ToList();
        return new AuditTrail(changes);
    }

    public void Write(PmoDbContext db, string actor, string action, DateTime at)
    {
        foreach (var (entity, state, before) in _changes)
        {
            db.Set<AuditEntry>().Add(new AuditEntry
            {
                At = at,
                Actor = actor,
                Action = state is EntityState.Added ? $"{action}:create" : state is EntityState.Deleted ? $"{action}:delete" : action,
                EntityType = entity.GetType().Name,
                EntityId = entity.Id,
                Before = before,
                After = state is EntityState.Deleted ? null : Serialize(db.Entry(entity).CurrentValues),
            });
        }
    }

    private static string Serialize(PropertyValues values) =>
        JsonSerializer.Serialize(values.Properties.ToDictionary(p => p.Name, p => values[p]), _json);
}
