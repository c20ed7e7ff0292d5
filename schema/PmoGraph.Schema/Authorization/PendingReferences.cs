using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Authorization;

/// <summary>
/// Every reference a mutation is about to save must name a row the caller can read. The check reads through the
/// context's row rules, so a row of another portfolio and a row that does not exist get the same
/// <see cref="NotFoundError"/>, whichever handler wrote the change and whether or not it looked the row up itself.
/// </summary>
internal static class PendingReferences
{
    private static readonly MethodInfo ExistingIdsMethod =
        typeof(PendingReferences).GetMethod(nameof(ExistingIdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The first reference of the pending changes to a row the caller cannot read, or null.</summary>
    public static async Task<NotFoundError?> FirstMissingAsync(PmoDbContext db, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<Type, SortedDictionary<int, string>>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var foreignKey in entry.Metadata.GetForeignKeys())
            {
                var principal = foreignKey.PrincipalEntityType.ClrType;
                if (!typeof(Entity).IsAssignableFrom(principal) || foreignKey.Properties is not [var property])
                {
                    continue;
                }

                var value = entry.Property(property.Name);
                if (value.CurrentValue is not int id || value.IsTemporary || (entry.State == EntityState.Modified && !value.IsModified))
                {
                    // Unchanged, null, or a row added by this same mutation (a temporary key).
                    continue;
                }

                var ids = wanted.TryGetValue(principal, out var found) ? found : wanted[principal] = [];
                ids.TryAdd(id, char.ToLowerInvariant(property.Name[0]) + property.Name[1..]);
            }
        }

        foreach (var (principal, ids) in wanted.OrderBy(w => w.Key.Name, StringComparer.Ordinal))
        {
            var existing = await ((Task<List<int>>)ExistingIdsMethod.MakeGenericMethod(principal)
                .Invoke(null, [db, ids.Keys.ToArray(), cancellationToken])!).ConfigureAwait(false);
            if (ids.FirstOrDefault(pair => !existing.Contains(pair.Key)) is { Value: not null } absent)
            {
                return new NotFoundError(
                    $"No {principal.Name} with id {absent.Key} exists (input field '{absent.Value}').", principal.Name, absent.Key);
            }
        }

        return null;
    }

    private static Task<List<int>> ExistingIdsAsync<TEntity>(PmoDbContext db, int[] ids, CancellationToken cancellationToken)
        where TEntity : Entity =>
        db.Set<TEntity>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
}
