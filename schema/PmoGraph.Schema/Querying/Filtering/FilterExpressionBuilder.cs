using System.Linq.Expressions;
using System.Reflection;
using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Turns a parsed <c>where</c> argument into <c>e =&gt; condition</c> that EF Core translates to SQL: references
/// become joins, list filters become <c>EXISTS</c> subqueries and every value becomes a SQL parameter.
/// </summary>
internal static class FilterExpressionBuilder
{
    private static readonly MethodInfo AnyWithPredicate = EnumerableMethod(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AnyRow = EnumerableMethod(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AllRows = EnumerableMethod(nameof(Enumerable.All), 2);

    public static Expression<Func<TEntity, bool>> Build<TEntity>(QueryModel model, IDictionary<string, object?> where) =>
        (Expression<Func<TEntity, bool>>)Build(model, typeof(TEntity), where);

    /// <summary>The predicate of a <c>where</c> value over rows of <paramref name="entityType"/>.</summary>
    public static LambdaExpression Build(QueryModel model, Type entityType, IDictionary<string, object?> where)
    {
        var parameter = Expression.Parameter(entityType, "e");
        return Expression.Lambda(ObjectCondition(parameter, model, where, "where"), parameter);
    }

    /// <summary>A bad filter the schema's validation could not catch, as a GraphQL error with a code.</summary>
    public static ExecutionError Invalid(string message) => new(message) { Code = QueryErrorCodes.InvalidFilter };

    private static Expression ObjectCondition(Expression instance, QueryModel model, IDictionary<string, object?> filter, string path)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            var at = $"{path}.{name}";
            if (value is null)
            {
                continue; // An explicit null object sets no condition, as in HotChocolate.
            }

            if (name is "and" or "or" && !QueryExpressions.Items(value).Any())
            {
                // An empty list sets no condition either, as in HotChocolate.Data (its combinator drops an empty
                // list): `or: []` is not the empty disjunction's false, so a client building its list from a
                // selection of nothing gets every row, not none.
                continue;
            }

            parts.Add(name switch
            {
                "and" => QueryExpressions.AllOf(QueryExpressions.Items(value).Select((item, i) => ObjectCondition(instance, model, AsObject(item, at), $"{at}[{i}]")).ToList()),
                "or" => QueryExpressions.AnyOf(QueryExpressions.Items(value).Select((item, i) => ObjectCondition(instance, model, AsObject(item, at), $"{at}[{i}]")).ToList()),
                _ => FieldCondition(instance, model.Find(name) ?? throw Invalid($"'{at}' is not a filterable field."), value, at),
            });
        }

        return QueryExpressions.AllOf(parts);
    }

    private static Expression FieldCondition(Expression instance, QueryField field, object value, string path)
    {
        var member = ParameterReplacer.Apply(field.OptIn.Member, instance);
        return field.OptIn.Kind switch
        {
            QueryFieldKind.Reference => ObjectCondition(member, QueryModel.Of(field.OptIn.GraphType!), AsObject(value, path), path),
            QueryFieldKind.List => ListCondition(member, QueryModel.Of(field.OptIn.GraphType!), AsObject(value, path), path),
            _ => ScalarFilterExpressions.Build(member, AsObject(value, path), path),
        };
    }

    private static Expression ListCondition(Expression list, QueryModel child, IDictionary<string, object?> filter, string path)
    {
        var parts = new List<Expression>();
        foreach (var (operation, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var at = $"{path}.{operation}";
            parts.Add(operation switch
            {
                "some" => Expression.Call(AnyWithPredicate.MakeGenericMethod(child.EntityType), list, RowCondition(child, value, at)),
                "none" => Expression.Not(Expression.Call(AnyWithPredicate.MakeGenericMethod(child.EntityType), list, RowCondition(child, value, at))),
                "all" => Expression.Call(AllRows.MakeGenericMethod(child.EntityType), list, RowCondition(child, value, at)),
                "any" when value is bool any => any
                    ? Expression.Call(AnyRow.MakeGenericMethod(child.EntityType), list)
                    : Expression.Not(Expression.Call(AnyRow.MakeGenericMethod(child.EntityType), list)),
                _ => throw Invalid($"'{at}' is not a list operation."),
            });
        }

        return QueryExpressions.AllOf(parts);
    }

    private static LambdaExpression RowCondition(QueryModel child, object value, string path)
    {
        var row = Expression.Parameter(child.EntityType, "r" + path.Count(c => c == '.'));
        return Expression.Lambda(ObjectCondition(row, child, AsObject(value, path), path), row);
    }

    private static IDictionary<string, object?> AsObject(object? value, string path) =>
        QueryExpressions.AsObject(value, path, Invalid);

    private static MethodInfo EnumerableMethod(string name, int parameters) =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters);
}
