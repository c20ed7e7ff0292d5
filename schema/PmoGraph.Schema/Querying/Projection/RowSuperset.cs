using System.Linq.Expressions;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Narrows a nested level of a projection to the rows its parents can reach: the query of the parent level's rows (the
/// root page, or a superset of a deeper level) becomes an <c>IN (SELECT ...)</c> on the child rows, so the window that
/// pages the children numbers the children of those parents only, not the whole child table.
/// </summary>
internal static class RowSuperset
{
    /// <summary>
    /// <c>rows.Where(r =&gt; level.Select(e =&gt; (int?)levelKey(e)).Contains((int?)rowKey(r)))</c>, or <paramref name="rows"/>
    /// itself when there is no level to narrow to.
    /// </summary>
    /// <param name="rows">The rows to narrow.</param>
    /// <param name="rowKey">The key of a row matched against the level (the child's foreign key, or a target's id).</param>
    /// <param name="level">The parent level's rows, or null.</param>
    /// <param name="levelKey">The key of a level row: its foreign key to the target, or its id when null.</param>
    public static IQueryable<TRow> Narrow<TRow>(IQueryable<TRow> rows, LambdaExpression rowKey, IQueryable? level, LambdaExpression? levelKey = null)
    {
        if (level is null)
        {
            return rows;
        }

        levelKey ??= Id(level.ElementType);
        var parent = Expression.Parameter(level.ElementType, "l");
        // The level's lambdas share parameters with the projection it sits in (the ordering's row): EF Core needs its own.
        var keys = Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [level.ElementType, typeof(int?)], new FreshParameters().Visit(level.Expression),
            Expression.Quote(Expression.Lambda(Expression.Convert(ParameterReplacer.Apply(levelKey, parent), typeof(int?)), parent)));
        var row = Expression.Parameter(typeof(TRow), "r");
        var contains = Expression.Call(
            typeof(Queryable), nameof(Queryable.Contains), [typeof(int?)], keys, Expression.Convert(ParameterReplacer.Apply(rowKey, row), typeof(int?)));
        return rows.Where(Expression.Lambda<Func<TRow, bool>>(contains, row));
    }

    /// <summary><c>e =&gt; e.Id</c> over <paramref name="type"/>.</summary>
    public static LambdaExpression Id(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        return Expression.Lambda(Expression.Property(entity, nameof(Entity.Id)), entity);
    }

    /// <summary>Gives every lambda new parameters of the same types and names.</summary>
    private sealed class FreshParameters : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, ParameterExpression> _renamed = [];

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var fresh = node.Parameters.Select(p => Expression.Parameter(p.Type, p.Name)).ToList();
            var previous = node.Parameters.Select(p => _renamed.GetValueOrDefault(p)).ToList();
            for (var i = 0; i < fresh.Count; i++)
            {
                _renamed[node.Parameters[i]] = fresh[i];
            }

            var body = Visit(node.Body);
            for (var i = 0; i < fresh.Count; i++)
            {
                if (previous[i] is { } outer)
                {
                    _renamed[node.Parameters[i]] = outer;
                }
                else
                {
                    _renamed.Remove(node.Parameters[i]);
                }
            }

            return Expression.Lambda<T>(body, node.Name, node.TailCall, fresh);
        }

        protected override Expression VisitParameter(ParameterExpression node) => _renamed.GetValueOrDefault(node, node);
    }
}
