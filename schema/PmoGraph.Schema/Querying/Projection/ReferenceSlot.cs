using System.Linq.Expressions;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// A many-to-one navigation read in its source's statement: the readable target row with the source's foreign key
/// as its id (the row rules apply, so a target the caller may not read is null, as through the batch loader).
/// </summary>
internal sealed class ReferenceSlot<TTarget>(string responseKey, LambdaExpression foreignKey, IQueryable<TTarget> readable, NodeShape<TTarget> shape)
    : IRelatedSlot
    where TTarget : Entity
{
    public Expression Read(Expression row, IQueryable? level)
    {
        var target = Expression.Parameter(typeof(TTarget), "t");
        var matches = Expression.Lambda<Func<TTarget, bool>>(
            Expression.Equal(
                Expression.Convert(Expression.Property(target, nameof(Entity.Id)), typeof(int?)),
                Expression.Convert(ParameterReplacer.Apply(foreignKey, row), typeof(int?))),
            target);
        // A list of at most one row, not FirstOrDefault: a collection matched on the id is a plain LEFT JOIN, where
        // FirstOrDefault would number the whole target table on a store without APPLY (SQLite).
        var targets = shape.HasNavigations ? RowSuperset.Narrow(readable, RowSuperset.Id(typeof(TTarget)), level, foreignKey) : null;
        var rows = readable.Where(matches).Select(shape.Row(null, targets));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TTarget>)], rows.Expression);
    }

    public void Register(object source, object? value, ProjectedResults results)
    {
        var row = value is IReadOnlyList<KeyedRow<TTarget>> { Count: > 0 } rows ? rows[0] : null;
        results.Add(source, responseKey, row?.Entity);
        if (row is not null)
        {
            shape.Register(row, results);
        }
    }
}
