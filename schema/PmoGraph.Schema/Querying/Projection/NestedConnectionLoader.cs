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
/// <param name="shape">The projection of the child rows, or null to read whole rows.</param>
/// <param name="rankInsteadOfLimit">
/// Whether to bound the page by each row's rank (a correlated count of the rows before it) rather than a LIMIT: on
/// SQLite, EF Core needs SQL APPLY, which SQLite lacks, for a limited collection that holds another collection.
/// </param>
internal sealed class NestedConnectionLoader<TChild>(
    IQueryable<TChild> children, Expression<Func<TChild, int?>> foreignKey, SortOrder order, PageRequest request, bool withTotal,
    NodeShape<TChild>? shape = null, bool rankInsteadOfLimit = false)
    where TChild : Entity
{
    private readonly IReadOnlyList<object?>? _after = order.Decode(request.After, "after");
    private readonly IReadOnlyList<object?>? _before = order.Decode(request.Before, "before");

    /// <summary>A connection with no rows, for a parent the caller may not read.</summary>
    public static Connection<TChild> Empty { get; } = new([], _ => "", false, false, _ => Task.FromResult(0));

    public async Task<IReadOnlyDictionary<int, Connection<TChild>>> LoadAsync<TSource>(
        IQueryable<TSource> parents, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
        where TSource : Entity
    {
        var parent = Expression.Parameter(typeof(TSource), "p");
        // The children of these parents only, before the page's window: the window subquery then numbers those rows,
        // not the whole child table, whatever its size.
        var select = Expression.Lambda<Func<TSource, NestedPage<TChild>>>(
            Page(Expression.Property(parent, nameof(Entity.Id)), children.Where(OfParents(ids))), parent);

        List<NestedPage<TChild>> pages;
        try
        {
            pages = await parents.Where(p => ids.Contains(p.Id)).Select(select).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new GraphQL.ExecutionError("The store cannot run this filter or ordering.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
        }

        return pages.ToDictionary(p => p.ParentId, ToConnection);
    }

    /// <summary>
    /// The page of the parent whose id is <paramref name="parentId"/> (an expression over the parent row), as a
    /// <see cref="NestedPage{TChild}"/> initializer EF Core translates into the parent's statement.
    /// </summary>
    /// <param name="parentId">The parent's id.</param>
    /// <param name="parents">The query of the parent rows (or of a superset), to which the children are narrowed; or null.</param>
    public Expression Page(Expression parentId, IQueryable? parents) =>
        Page(parentId, RowSuperset.Narrow(children, foreignKey, parents));

    private MemberInitExpression Page(Expression parentId, IQueryable<TChild> source)
    {
        var scoped = Correlate(source, parentId);
        var window = Window(scoped);
        var page = rankInsteadOfLimit
            ? order.Apply(window.Where(RankBelow(Window(source), request.ReadSize)), reverse: request.FromEnd)
            : order.Apply(window, reverse: request.FromEnd).Take(request.ReadSize);
        var rows = page.Select(shape?.Row(order, source) ?? KeysetPager.Projection<TChild>(order));
        var cursor = request.FromEnd ? _before : _after;
        Expression pastCursor = cursor is null
            ? Expression.Constant(false)
            : Expression.Call(
                typeof(Queryable), nameof(Queryable.Any), [typeof(TChild)], scoped.Expression,
                Expression.Quote(QueryExpressions.Not(KeysetPredicate.Beyond<TChild>(order, cursor, backward: request.FromEnd))));
        return Expression.MemberInit(
            Expression.New(typeof(NestedPage<TChild>)),
            Bind(nameof(NestedPage<TChild>.ParentId), parentId),
            Bind(nameof(NestedPage<TChild>.Rows), Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TChild>)], rows.Expression)),
            Bind(nameof(NestedPage<TChild>.Total), withTotal
                ? Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TChild)], scoped.Expression)
                : Expression.Constant(0)),
            Bind(nameof(NestedPage<TChild>.PastCursor), pastCursor));
    }

    /// <summary>The rows of <paramref name="rows"/> between the cursors.</summary>
    private IQueryable<TChild> Window(IQueryable<TChild> rows)
    {
        if (_after is not null)
        {
            rows = rows.Where(KeysetPredicate.Beyond<TChild>(order, _after, backward: false));
        }

        if (_before is not null)
        {
            rows = rows.Where(KeysetPredicate.Beyond<TChild>(order, _before, backward: true));
        }

        return rows;
    }

    /// <summary>
    /// <c>x =&gt; window.Count(y =&gt; y.ForeignKey == x.ForeignKey &amp;&amp; y comes before x) &lt; limit</c>, in the
    /// page's direction. The count correlates on the row's own foreign key, not the parent's id, so EF Core can still
    /// turn the collection into a join.
    /// </summary>
    private Expression<Func<TChild, bool>> RankBelow(IQueryable<TChild> window, int limit)
    {
        var row = Expression.Parameter(typeof(TChild), "x");
        var other = Expression.Parameter(typeof(TChild), "y");
        var before = Expression.Lambda<Func<TChild, bool>>(
            Expression.AndAlso(
                Expression.Equal(ParameterReplacer.Apply(foreignKey, other), ParameterReplacer.Apply(foreignKey, row)),
                KeysetPredicate.RowAfterRow(order, row, other, backward: request.FromEnd)),
            other);
        var rank = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TChild)], window.Expression, Expression.Quote(before));
        return Expression.Lambda<Func<TChild, bool>>(Expression.LessThan(rank, Expression.Constant(limit)), row);
    }

    public Connection<TChild> ToConnection(NestedPage<TChild> page)
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

    /// <summary>The children of the parent with id <paramref name="parentId"/>: <c>source.Where(c =&gt; c.ForeignKey == p.Id)</c>.</summary>
    private IQueryable<TChild> Correlate(IQueryable<TChild> source, Expression parentId)
    {
        var child = Expression.Parameter(typeof(TChild), "c");
        var matches = Expression.Equal(
            ParameterReplacer.Apply(foreignKey, child),
            Expression.Convert(parentId, typeof(int?)));
        return source.Where(Expression.Lambda<Func<TChild, bool>>(matches, child));
    }

    /// <summary><c>c =&gt; ids.Contains(c.ForeignKey)</c>.</summary>
    private Expression<Func<TChild, bool>> OfParents(IReadOnlyCollection<int> ids)
    {
        var child = Expression.Parameter(typeof(TChild), "c");
        List<int?> keys = [.. ids.Select(id => (int?)id)];
        Expression<Func<List<int?>>> parameter = () => keys; // a captured variable, so EF Core sends the ids as a parameter
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)], parameter.Body, ParameterReplacer.Apply(foreignKey, child));
        return Expression.Lambda<Func<TChild, bool>>(contains, child);
    }

    private static MemberAssignment Bind(string property, Expression value) =>
        Expression.Bind(typeof(NestedPage<TChild>).GetProperty(property)!, value);

}
