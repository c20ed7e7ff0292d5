using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Pages a one-to-many navigation for every parent of a query level in one statement: the parents are read with a
/// correlated, filtered, ordered and limited child query each, which EF Core turns into a window function
/// (<c>ROW_NUMBER() OVER (PARTITION BY foreign key ...)</c>) on SQLite and PostgreSQL alike.
/// </summary>
/// <param name="children">The child rows the caller may read, already filtered by the field's <c>where</c>.</param>
/// <param name="foreignKey">The child's key to its parent.</param>
/// <param name="order">The total order of the children.</param>
/// <param name="request">The page asked for.</param>
/// <param name="withTotal">Whether <c>totalCount</c> is selected.</param>
internal sealed class NestedConnectionLoader<TChild>(
    IQueryable<TChild> children, Expression<Func<TChild, int?>> foreignKey, SortOrder order, PageRequest request, bool withTotal)
    where TChild : Entity
{
    private readonly IReadOnlyList<object?>? _after = Decode(request.After, "after", order);
    private readonly IReadOnlyList<object?>? _before = Decode(request.Before, "before", order);

    /// <summary>A connection with no rows, for a parent the caller may not read.</summary>
    public static Connection<TChild> Empty { get; } = new([], _ => "", false, false, _ => Task.FromResult(0));

    public async Task<IReadOnlyDictionary<int, Connection<TChild>>> LoadAsync<TSource>(
        IQueryable<TSource> parents, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
        where TSource : Entity
    {
        var parent = Expression.Parameter(typeof(TSource), "p");
        var scoped = Correlate(parent);
        var window = scoped;
        if (_after is not null)
        {
            window = window.Where(KeysetPredicate.Beyond<TChild>(order, _after, backward: false));
        }

        if (_before is not null)
        {
            window = window.Where(KeysetPredicate.Beyond<TChild>(order, _before, backward: true));
        }

        var page = order.Apply(window, reverse: request.FromEnd).Select(KeysetPager.Projection<TChild>(order)).Take(request.Size + 1);
        var cursor = request.FromEnd ? _before : _after;
        Expression pastCursor = cursor is null
            ? Expression.Constant(false)
            : Expression.Call(
                typeof(Queryable), nameof(Queryable.Any), [typeof(TChild)], scoped.Expression,
                Expression.Quote(Not(KeysetPredicate.Beyond<TChild>(order, cursor, backward: request.FromEnd))));
        var shape = Expression.Lambda<Func<TSource, NestedPage<TChild>>>(
            Expression.MemberInit(
                Expression.New(typeof(NestedPage<TChild>)),
                Bind(nameof(NestedPage<TChild>.ParentId), Expression.Property(parent, nameof(Entity.Id))),
                Bind(nameof(NestedPage<TChild>.Rows), Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TChild>)], page.Expression)),
                Bind(nameof(NestedPage<TChild>.Total), withTotal
                    ? Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TChild)], scoped.Expression)
                    : Expression.Constant(0)),
                Bind(nameof(NestedPage<TChild>.PastCursor), pastCursor)),
            parent);

        List<NestedPage<TChild>> pages;
        try
        {
            pages = await parents.Where(p => ids.Contains(p.Id)).Select(shape).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new GraphQL.ExecutionError("The store cannot run this filter or ordering.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
        }

        return pages.ToDictionary(p => p.ParentId, ToConnection);
    }

    private Connection<TChild> ToConnection(NestedPage<TChild> page)
    {
        var rows = page.Rows;
        var more = rows.Count > request.Size;
        rows = request.FromEnd ? [.. rows.Take(request.Size).Reverse()] : [.. rows.Take(request.Size)];
        var cursors = rows.ToDictionary(r => r.Entity.Id, r => Cursor.Encode(order.Fingerprint, r.Keys));
        var total = page.Total;
        return new Connection<TChild>(
            [.. rows.Select(r => r.Entity)],
            e => cursors[e.Id],
            HasNextPage: request.FromEnd ? page.PastCursor : more,
            HasPreviousPage: request.FromEnd ? more : page.PastCursor,
            _ => Task.FromResult(total));
    }

    /// <summary>The children of the parent row <paramref name="parent"/>: <c>children.Where(c =&gt; c.ForeignKey == p.Id)</c>.</summary>
    private IQueryable<TChild> Correlate(ParameterExpression parent)
    {
        var child = Expression.Parameter(typeof(TChild), "c");
        var matches = Expression.Equal(
            ParameterReplacer.Apply(foreignKey, child),
            Expression.Convert(Expression.Property(parent, nameof(Entity.Id)), typeof(int?)));
        return children.Where(Expression.Lambda<Func<TChild, bool>>(matches, child));
    }

    private static MemberAssignment Bind(string property, Expression value) =>
        Expression.Bind(typeof(NestedPage<TChild>).GetProperty(property)!, value);

    private static Expression<Func<TChild, bool>> Not(Expression<Func<TChild, bool>> predicate) =>
        Expression.Lambda<Func<TChild, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static IReadOnlyList<object?>? Decode(string? cursor, string argument, SortOrder order) =>
        cursor is null ? null : Cursor.Decode(cursor, argument, order.Fingerprint, [.. order.Keys.Select(k => k.Key.ReturnType)]);
}
