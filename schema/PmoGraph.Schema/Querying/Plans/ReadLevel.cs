using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The queries of one level of a compiled read, built by the same engine code as the executor's resolvers: the
/// caller's readable rows (<see cref="ReadableRows"/>, so the store's row rules), the <c>where</c> predicate of
/// <see cref="FilterExpressionBuilder"/>, the <see cref="SortOrder"/> and the keyset window of
/// <see cref="KeysetPager"/>. A nested level is tied to its parent row through a marker parameter the statement
/// builder replaces with the parent's column.
/// </summary>
internal abstract class ReadLevel
{
    private static readonly ConcurrentDictionary<Type, ReadLevel> Levels = new();

    public static ReadLevel For(Type entity) =>
        Levels.GetOrAdd(entity, e => (ReadLevel)Activator.CreateInstance(typeof(ReadLevel<>).MakeGenericType(e))!);

    /// <summary>
    /// A connection's page, its unpaged rows when counted, and its far side when a cursor starts it. For a nested
    /// connection, <paramref name="foreignKey"/> names the child's member holding the parent's id, compared with
    /// <paramref name="marker"/>. With <paramref name="literalLimit"/> the page's size is written into the SQL rather
    /// than sent as a parameter (<see cref="SqlDialect.LiteralLimits"/>).
    /// </summary>
    public abstract LevelQueries Connection(
        IServiceProvider services, QueryModel model, object? where, object? order, PageRequest request, string? foreignKey, int marker, bool literalLimit);

    /// <summary>The readable row with id <paramref name="id"/> (a value, or the marker of a parent's foreign key).</summary>
    public abstract IQueryable ById(IServiceProvider services, int id);

    /// <summary>
    /// An aggregate's statement over the readable rows matching <paramref name="where"/>, grouped by the keys of
    /// <paramref name="groupBy"/> when groups are selected (as <see cref="AggregateComputation"/> builds it); for a
    /// nested aggregate only the children whose <paramref name="foreignKey"/> equals <paramref name="marker"/>.
    /// </summary>
    public abstract AggregateQueries Aggregate(
        IServiceProvider services, QueryModel model, object? where, object? groupBy, AggregateSelection selection, string? foreignKey, int marker);

    /// <summary>
    /// <paramref name="rows"/> carrying only the columns of <paramref name="properties"/> (and the id), each under its
    /// own column name, so a level's derived table holds nothing its statement does not read: SQLite prepares and
    /// steps a subquery's columns whether or not they are read, which was half of a small statement's cost. The rows,
    /// their order and limit are the query's own. A member the projection cannot set keeps the whole rows.
    /// </summary>
    public abstract IQueryable Columns(IQueryable rows, IEnumerable<string> properties);
}

/// <summary>The queries of a connection level.</summary>
internal sealed record LevelQueries(IQueryable Page, IQueryable? Total, IQueryable? FarSide, SortOrder Order);

/// <summary>
/// The statement of an aggregate level, its columns the count, the values of <paramref name="Plan"/>, then the
/// group keys when grouped; <paramref name="Keys"/> are the groupBy keys as parsed.
/// </summary>
internal sealed record AggregateQueries(IQueryable<AggregateRow> Query, IReadOnlyList<AggregatePlan> Plan, IReadOnlyList<GroupKeyPath> Keys);

internal sealed class ReadLevel<TEntity> : ReadLevel
    where TEntity : Entity
{
    private static readonly MethodInfo TakeMethod = new Func<IQueryable<TEntity>, int, IQueryable<TEntity>>(Queryable.Take).Method;

    private static readonly MethodInfo ConstantMethod = typeof(EF).GetMethod(nameof(EF.Constant))!.MakeGenericMethod(typeof(int));

    public override LevelQueries Connection(
        IServiceProvider services, QueryModel model, object? where, object? order, PageRequest request, string? foreignKey, int marker, bool literalLimit)
    {
        var (rows, sort) = ConnectionArguments.Read(services, model, ReadableRows.Of<TEntity>(services), where, order);
        rows = OfParent(rows, foreignKey, marker);
        var (window, farSide) = KeysetPager.Window(rows, sort, request);
        var sorted = sort.Apply(window, reverse: request.FromEnd);
        // EF Core sends Take's count as a parameter unless it is marked EF.Constant.
        var page = literalLimit
            ? sorted.Provider.CreateQuery<TEntity>(
                Expression.Call(TakeMethod, sorted.Expression, Expression.Call(ConstantMethod, Expression.Constant(request.ReadSize))))
            : sorted.Take(request.ReadSize);
        return new LevelQueries(page, request.WithTotal ? rows : null, farSide is null ? null : rows.Where(farSide), sort);
    }

    public override IQueryable ById(IServiceProvider services, int id)
    {
        var row = Expression.Parameter(typeof(TEntity), "e");
        var matches = Expression.Equal(Expression.Property(row, nameof(Entity.Id)), QueryParameter.Of(id, typeof(int)));
        return ReadableRows.Of<TEntity>(services).Where(Expression.Lambda<Func<TEntity, bool>>(matches, row));
    }

    public override AggregateQueries Aggregate(
        IServiceProvider services, QueryModel model, object? where, object? groupBy, AggregateSelection selection, string? foreignKey, int marker)
    {
        var (rows, _) = ConnectionArguments.Read(services, model, ReadableRows.Of<TEntity>(services), where, null);
        rows = OfParent(rows, foreignKey, marker);
        var row = Expression.Parameter(typeof(TEntity), "e");
        var keys = GroupByParser.Parse(model, row, groupBy);
        var plan = selection.Plan(model);
        var query = AggregateQuery.Build(rows, row, selection.Groups ? [.. keys.Select(k => k.Key)] : [], plan);
        return new AggregateQueries(query, plan, keys);
    }

    public override IQueryable Columns(IQueryable rows, IEnumerable<string> properties)
    {
        var row = Expression.Parameter(typeof(TEntity), "e");
        var bindings = new List<MemberBinding>();
        foreach (var name in properties.Prepend(nameof(Entity.Id)).Distinct(StringComparer.Ordinal))
        {
            if (typeof(TEntity).GetProperty(name) is not { SetMethod.IsPublic: true } property)
            {
                return rows;
            }

            bindings.Add(Expression.Bind(property, Expression.Property(row, property)));
        }

        if (typeof(TEntity).GetConstructor(Type.EmptyTypes) is not { } constructor)
        {
            return rows;
        }

        var projection = Expression.Lambda<Func<TEntity, TEntity>>(Expression.MemberInit(Expression.New(constructor), bindings), row);
        return ((IQueryable<TEntity>)rows).Select(projection);
    }

    /// <summary>The children of the marker's parent: <c>c =&gt; (int?)c.ForeignKey == marker</c>; all rows at the root.</summary>
    private static IQueryable<TEntity> OfParent(IQueryable<TEntity> rows, string? foreignKey, int marker)
    {
        if (foreignKey is null)
        {
            return rows;
        }

        var child = Expression.Parameter(typeof(TEntity), "c");
        var matches = Expression.Equal(
            Expression.Convert(Expression.Property(child, foreignKey), typeof(int?)),
            QueryParameter.Of((int?)marker, typeof(int?)));
        return rows.Where(Expression.Lambda<Func<TEntity, bool>>(matches, child));
    }
}
