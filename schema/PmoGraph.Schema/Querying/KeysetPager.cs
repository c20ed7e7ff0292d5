using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Reads one page of a filtered, ordered source by keyset: <c>after</c>/<c>before</c> become predicates over the sort
/// keys, so a page does not shift when rows are inserted before it, and the page costs one statement (plus one to
/// learn whether rows exist on the cursor's side, and a COUNT when <c>totalCount</c> is selected).
/// </summary>
internal static class KeysetPager
{
    /// <summary>The page of whole rows.</summary>
    public static async Task<Connection<TEntity>> PageAsync<TEntity>(
        IQueryable<TEntity> source, SortOrder order, PageRequest request, CancellationToken cancellationToken)
        where TEntity : Entity =>
        (await PageAsync(source, order, request, null, cancellationToken).ConfigureAwait(false)).Connection;

    /// <summary>The page with its rows, read through <paramref name="shape"/> when given (its navigations are in the rows).</summary>
    public static async Task<(Connection<TEntity> Connection, IReadOnlyList<KeyedRow<TEntity>> Rows)> PageAsync<TEntity>(
        IQueryable<TEntity> source, SortOrder order, PageRequest request, NodeShape<TEntity>? shape, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        var types = order.Keys.Select(k => k.Key.ReturnType).ToList();
        var after = request.After is { } a ? Cursor.Decode(a, "after", order.Fingerprint, types) : null;
        var before = request.Before is { } b ? Cursor.Decode(b, "before", order.Fingerprint, types) : null;
        var window = source;
        if (after is not null)
        {
            window = window.Where(KeysetPredicate.Beyond<TEntity>(order, after, backward: false));
        }

        if (before is not null)
        {
            window = window.Where(KeysetPredicate.Beyond<TEntity>(order, before, backward: true));
        }

        try
        {
            var rows = await order.Apply(window, reverse: request.FromEnd)
                .Take(request.Size + 1)
                .Select(shape?.Row(order) ?? Projection<TEntity>(order))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            bool hasNext, hasPrevious;
            if (request.FromEnd)
            {
                hasPrevious = rows.Count > request.Size;
                rows = [.. rows.Take(request.Size).Reverse()];
                hasNext = before is not null && await source.AnyAsync(Not(KeysetPredicate.Beyond<TEntity>(order, before, backward: true)), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                hasNext = rows.Count > request.Size;
                rows = [.. rows.Take(request.Size)];
                hasPrevious = after is not null && await source.AnyAsync(Not(KeysetPredicate.Beyond<TEntity>(order, after, backward: false)), cancellationToken).ConfigureAwait(false);
            }

            var cursors = rows.ToDictionary(r => r.Entity.Id, r => Cursor.Encode(order.Fingerprint, r.Keys));
            return (new Connection<TEntity>([.. rows.Select(r => r.Entity)], e => cursors[e.Id], hasNext, hasPrevious, ct => source.CountAsync(ct)), rows);
        }
        catch (InvalidOperationException ex)
        {
            // EF Core could not translate the filter or ordering: the client's request, not a server fault.
            throw new ExecutionError("The store cannot run this filter or ordering.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
        }
    }

    /// <summary><c>e =&gt; new KeyedRow(e, new object[] { key1, key2, ... })</c>: EF reads the keys in the page's statement.</summary>
    internal static Expression<Func<TEntity, KeyedRow<TEntity>>> Projection<TEntity>(SortOrder order)
    {
        var keys = Expression.NewArrayInit(typeof(object), order.Keys.Select(k => Expression.Convert(k.Key.Body, typeof(object))));
        var constructor = typeof(KeyedRow<TEntity>).GetConstructor([typeof(TEntity), typeof(object[])])!;
        return Expression.Lambda<Func<TEntity, KeyedRow<TEntity>>>(Expression.New(constructor, order.Row, keys), order.Row);
    }

    private static Expression<Func<TEntity, bool>> Not<TEntity>(Expression<Func<TEntity, bool>> predicate) =>
        Expression.Lambda<Func<TEntity, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
