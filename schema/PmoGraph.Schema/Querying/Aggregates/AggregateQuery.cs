using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Computes an aggregate in SQL with EF Core's <c>GroupBy</c>, in one statement: grouped by the keys asked for only
/// (a constant key, so no <c>GROUP BY</c>, when there are none), reading only the aggregates of the plan.
/// </summary>
internal static class AggregateQuery
{
    /// <summary>The most fields one aggregate groups by.</summary>
    public const int MaxGroupKeys = 4;

    private static readonly MethodInfo[] EnumerableMethods = typeof(Enumerable).GetMethods();

    private static readonly Type[] KeyTypes = [typeof(AggregateKey<>), typeof(AggregateKey<,>), typeof(AggregateKey<,,>), typeof(AggregateKey<,,,>), typeof(AggregateKey<,,,,>)];

    /// <summary>One <see cref="AggregateRow"/> per distinct value of <paramref name="keys"/> (lambdas over <paramref name="row"/>).</summary>
    public static async Task<IReadOnlyList<AggregateRow>> RunAsync<TEntity>(
        IQueryable<TEntity> rows, ParameterExpression row, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<AggregatePlan> plan, CancellationToken cancellationToken)
    {
        try
        {
            return await Build(rows, row, keys, plan).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new GraphQL.ExecutionError("The store cannot compute this aggregate.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
        }
    }

    /// <summary>
    /// The statement of <see cref="RunAsync{TEntity}"/>, not run: its columns are the row's count, the values of
    /// <paramref name="plan"/> in order, then the keys in order (the compiled read path embeds its SQL).
    /// </summary>
    public static IQueryable<AggregateRow> Build<TEntity>(
        IQueryable<TEntity> rows, ParameterExpression row, IReadOnlyList<LambdaExpression> keys, IReadOnlyList<AggregatePlan> plan)
    {
        LambdaExpression key;
        Func<Expression, IEnumerable<Expression>> keyValues;
        if (keys.Count == 0)
        {
            key = Expression.Lambda(Expression.Constant(1), row);
            keyValues = _ => [];
        }
        else
        {
            var columns = keys.Select(k => ParameterReplacer.Apply(k, row)).ToList();
            var keyType = KeyTypes[columns.Count - 1].MakeGenericType([.. columns.Select(k => k.Type)]);
            key = Expression.Lambda(
                Expression.MemberInit(Expression.New(keyType), columns.Select((k, i) => Expression.Bind(keyType.GetProperty($"K{i + 1}")!, k))),
                row);
            keyValues = groupKey => keys.Select((_, i) => Expression.Property(groupKey, $"K{i + 1}"));
        }

        var groupingType = typeof(IGrouping<,>).MakeGenericType(key.ReturnType, typeof(TEntity));
        var grouped = Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [typeof(TEntity), key.ReturnType], rows.Expression, Expression.Quote(key));
        var group = Expression.Parameter(groupingType, "g");
        var shape = Expression.MemberInit(
            Expression.New(typeof(AggregateRow)),
            Expression.Bind(typeof(AggregateRow).GetProperty(nameof(AggregateRow.Count))!, Call(nameof(Enumerable.Count), [typeof(TEntity)], group)),
            Expression.Bind(typeof(AggregateRow).GetProperty(nameof(AggregateRow.Values))!, Boxed(plan.Select(p => p.Aggregate(group, typeof(TEntity))))),
            Expression.Bind(typeof(AggregateRow).GetProperty(nameof(AggregateRow.Keys))!, Boxed(keyValues(Expression.Property(group, "Key")))));
        var select = Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [groupingType, typeof(AggregateRow)], grouped, Expression.Quote(Expression.Lambda(shape, group)));
        return rows.Provider.CreateQuery<AggregateRow>(select);
    }

    /// <summary>Every aggregate a model offers: the fields of <c>sum</c>, <c>avg</c>, <c>min</c> and <c>max</c>.</summary>
    public static IReadOnlyList<AggregatePlan> Plan(QueryModel model) =>
    [
        .. model.Fields.Where(ScalarGraphTypes.IsNumber).Select(f => new AggregatePlan("sum", f)),
        .. model.Fields.Where(ScalarGraphTypes.IsNumber).Select(f => new AggregatePlan("avg", f)),
        .. model.Fields.Where(ScalarGraphTypes.IsOrdered).Select(f => new AggregatePlan("min", f)),
        .. model.Fields.Where(ScalarGraphTypes.IsOrdered).Select(f => new AggregatePlan("max", f)),
    ];

    /// <summary>The CLR type an aggregate returns (sums of whole numbers are longs, averages of them doubles).</summary>
    public static Type ResultType(string operation, QueryField field)
    {
        var type = ScalarGraphTypes.ValueType(field);
        return operation switch
        {
            "sum" => type == typeof(int) ? typeof(long) : type,
            "avg" => type == typeof(decimal) ? typeof(decimal) : typeof(double),
            _ => type,
        };
    }

    internal static MethodCallExpression Call(string name, Type[] typeArguments, params Expression[] arguments)
    {
        var method = EnumerableMethods.Single(m => m.Name == name && m.IsGenericMethodDefinition
            && m.GetGenericArguments().Length == typeArguments.Length && m.GetParameters().Length == arguments.Length
            && (arguments.Length < 2 || SelectorResult(m) is not { IsGenericParameter: false } result || result == ((LambdaExpression)arguments[1]).ReturnType));
        return Expression.Call(method.MakeGenericMethod(typeArguments), arguments);
    }

    private static Type? SelectorResult(MethodInfo method) => method.GetParameters()[1].ParameterType is { IsGenericType: true } func
        && func.GetGenericTypeDefinition() == typeof(Func<,>) ? func.GetGenericArguments()[1] : null;

    private static NewArrayExpression Boxed(IEnumerable<Expression> values) =>
        Expression.NewArrayInit(typeof(object), values.Select(v => Expression.Convert(v, typeof(object))));
}
