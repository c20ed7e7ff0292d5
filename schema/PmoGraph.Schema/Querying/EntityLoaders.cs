using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Querying;

/// <summary>Batched reads of entities by id and of child rows by foreign key, one SQL statement per batch.</summary>
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

    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<TChild>>> ByForeignKeyAsync<TChild>(
        IQueryable<TChild> readable, Expression<Func<TChild, int?>> foreignKey, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
        where TChild : Entity
    {
        var rows = await readable
            .Where(ForeignKeyIn(foreignKey, ids))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var key = foreignKey.Compile();
        return rows.GroupBy(r => key(r)!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)[.. g]);
    }

    /// <summary>Builds <c>child =&gt; ids.Contains(child.ForeignKey)</c> for a nullable or required key.</summary>
    private static Expression<Func<TChild, bool>> ForeignKeyIn<TChild>(Expression<Func<TChild, int?>> foreignKey, IReadOnlyCollection<int> ids)
    {
        var nullableIds = ids.Select(id => (int?)id).ToList();
        var contains = Expression.Call(
            Expression.Constant(nullableIds),
            typeof(List<int?>).GetMethod(nameof(List<int?>.Contains))!,
            foreignKey.Body);
        return Expression.Lambda<Func<TChild, bool>>(contains, foreignKey.Parameters);
    }
}
