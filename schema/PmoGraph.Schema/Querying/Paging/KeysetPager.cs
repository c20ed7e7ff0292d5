using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Reads one page of a filtered, ordered source by keyset: <c>after</c>/<c>before</c> become predicates over the sort
/// keys, so a page does not shift when rows are inserted before it, and the page costs one statement (whether rows
/// exist on the cursor's far side, and <c>totalCount</c> when selected, are subqueries of that statement, even when the
/// page is empty).
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
        var (window, farSide) = Window(source, order, request);
        try
        {
            var rowsQuery = order.Apply(window, reverse: request.FromEnd).Take(request.ReadSize);
            var row = shape?.Row(order, rowsQuery) ?? Projection<TEntity>(order);
            // With a cursor or a total, the page is left-joined to one row carrying the flag and the count, so an empty
            // page still brings them: the page, the far side and totalCount are one statement.
            var page = await (farSide is null && !request.WithTotal
                    ? rowsQuery.Select(WithFarSide(source, row, null, withTotal: false))
                    : rowsQuery.DefaultIfEmpty().Select(WithFarSide(source, row, farSide, request.WithTotal)!))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var rows = page.Where(r => r.Row is not null).Select(r => r.Row!).ToList();
            var beyondCursor = page.Count > 0 && page[0].FarSide;
            var total = page.Count > 0 ? page[0].Total : 0;
            bool hasNext, hasPrevious;
            if (request.FromEnd)
            {
                hasPrevious = rows.Count > request.Size;
                rows = [.. rows.Take(request.Size).Reverse()];
                hasNext = beyondCursor;
            }
            else
            {
                hasNext = rows.Count > request.Size;
                rows = [.. rows.Take(request.Size)];
                hasPrevious = beyondCursor;
            }

            var cursors = rows.ToDictionary(r => r.Entity.Id, r => Cursor.Encode(order.Fingerprint, r.Keys));
            return (new Connection<TEntity>([.. rows.Select(r => r.Entity)], e => cursors[e.Id], hasNext, hasPrevious,
                request.WithTotal ? _ => Task.FromResult(total) : ct => source.CountAsync(ct)), rows);
        }
        catch (InvalidOperationException ex)
        {
            // EF Core could not translate the filter or ordering: the client's request, not a server fault.
            throw new ExecutionError("The store cannot run this filter or ordering.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
        }
    }

    /// <summary>
    /// The rows between the request's cursors (keyset predicates over the sort keys), and the predicate of the rows on
    /// the far side of the cursor the page starts from (null without that cursor): whether any exist is an
    /// <c>EXISTS</c> subquery of the page's statement. The compiled read path pages the same way.
    /// </summary>
    internal static (IQueryable<TEntity> Window, Expression<Func<TEntity, bool>>? FarSide) Window<TEntity>(
        IQueryable<TEntity> source, SortOrder order, PageRequest request)
        where TEntity : Entity
    {
        var after = order.Decode(request.After, "after");
        var before = order.Decode(request.Before, "before");
        var window = source;
        if (after is not null)
        {
            window = window.Where(KeysetPredicate.Beyond<TEntity>(order, after, backward: false));
        }

        if (before is not null)
        {
            window = window.Where(KeysetPredicate.Beyond<TEntity>(order, before, backward: true));
        }

        var farCursor = request.FromEnd ? before : after;
        var farSide = farCursor is null ? null : QueryExpressions.Not(KeysetPredicate.Beyond<TEntity>(order, farCursor, backward: request.FromEnd));
        return (window, farSide);
    }

    /// <summary><c>e =&gt; new KeyedRow(e, new object[] { key1, key2, ... })</c>: EF reads the keys in the page's statement.</summary>
    internal static Expression<Func<TEntity, KeyedRow<TEntity>>> Projection<TEntity>(SortOrder order)
    {
        var keys = Expression.NewArrayInit(typeof(object), order.Keys.Select(k => Expression.Convert(k.Key.Body, typeof(object))));
        var constructor = typeof(KeyedRow<TEntity>).GetConstructor([typeof(TEntity), typeof(object[])])!;
        return Expression.Lambda<Func<TEntity, KeyedRow<TEntity>>>(Expression.New(constructor, order.Row, keys), order.Row);
    }

    /// <summary>
    /// <c>e =&gt; new PageRow(row(e), false, 0)</c> with neither a cursor on the far side nor a total; otherwise
    /// <c>e =&gt; new PageRow(e == null ? null : row(e), source.Any(farSide), source.Count())</c> over the left-joined
    /// page, each of the two subqueries only when asked for.
    /// </summary>
    private static Expression<Func<TEntity, PageRow<TEntity>>> WithFarSide<TEntity>(
        IQueryable<TEntity> source, Expression<Func<TEntity, KeyedRow<TEntity>>> row, Expression<Func<TEntity, bool>>? farSide, bool withTotal)
    {
        var constructor = typeof(PageRow<TEntity>).GetConstructor([typeof(KeyedRow<TEntity>), typeof(bool), typeof(int)])!;
        Expression exists = farSide is null
            ? Expression.Constant(false)
            : Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TEntity)], source.Expression, Expression.Quote(Renamed(farSide)));
        Expression total = withTotal
            ? Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TEntity)], source.Expression)
            : Expression.Constant(0);
        if (farSide is null && !withTotal)
        {
            return Expression.Lambda<Func<TEntity, PageRow<TEntity>>>(Expression.New(constructor, row.Body, exists, total), row.Parameters);
        }

        var entity = row.Parameters[0];
        var rowOrNull = Expression.Condition(
            Expression.Equal(entity, Expression.Constant(null, typeof(TEntity))), Expression.Constant(null, typeof(KeyedRow<TEntity>)), row.Body);
        return Expression.Lambda<Func<TEntity, PageRow<TEntity>>>(Expression.New(constructor, rowOrNull, exists, total), row.Parameters);
    }

    /// <summary>The predicate over a parameter of its own, so it does not capture the outer row's parameter.</summary>
    private static Expression<Func<TEntity, bool>> Renamed<TEntity>(Expression<Func<TEntity, bool>> predicate)
    {
        var other = Expression.Parameter(typeof(TEntity), "far");
        return Expression.Lambda<Func<TEntity, bool>>(ParameterReplacer.Apply(predicate, other), other);
    }
}

/// <summary>
/// A row of a page (null in the one row an empty page brings), whether rows exist on the far side of the request's
/// cursor, and how many rows the connection has before paging (both the same for every row).
/// </summary>
internal sealed record PageRow<TEntity>(KeyedRow<TEntity>? Row, bool FarSide, int Total);
