using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Querying;

/// <summary>Batched reads of entities by id, one SQL statement per batch.</summary>
internal static class EntityLoaders
{
    public static async Task<IReadOnlyDictionary<int, TEntity?>> ByIdAsync<TEntity>(
        IQueryable<TEntity> readable, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        var rows = await readable
            .Where(e => ids.Contains(e.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(e => e.Id, e => (TEntity?)e);
    }
}
