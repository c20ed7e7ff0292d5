using System.Collections;
using System.Linq.Expressions;
using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The stateless building blocks filtering, sorting, keyset paging and grouping all compose conditions from, so that
/// none of them depends on another's builder for them.
/// </summary>
internal static class QueryExpressions
{
    /// <summary>All of <paramref name="parts"/> (true when there are none).</summary>
    public static Expression AllOf(IEnumerable<Expression> parts) =>
        parts.DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.AndAlso);

    /// <summary>Any of <paramref name="parts"/> (false when there are none).</summary>
    public static Expression AnyOf(IEnumerable<Expression> parts) =>
        parts.DefaultIfEmpty(Expression.Constant(false)).Aggregate(Expression.OrElse);

    /// <summary>The negation of <paramref name="predicate"/>, over the same row parameter.</summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>
    /// The name of the row's own member <paramref name="key"/> reads (<c>r =&gt; r.ProjectId</c>, or through a
    /// conversion to a nullable type), or null when it reads anything else (a reference's column, a computation).
    /// </summary>
    public static string? OwnMember(LambdaExpression key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var body = key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : key.Body;
        return body is MemberExpression { Expression: ParameterExpression } member ? member.Member.Name : null;
    }

    /// <summary>The items of a list value; GraphQL input coercion has already turned a single value into a list.</summary>
    public static IEnumerable<object?> Items(object? value) =>
        value is IEnumerable items and not string ? items.Cast<object?>() : [value];

    /// <summary>
    /// An input object value, or the error <paramref name="invalid"/> makes of "'<paramref name="path"/>' must be
    /// <paramref name="what"/>." (each argument answers with its own code).
    /// </summary>
    public static IDictionary<string, object?> AsObject(
        object? value, string path, Func<string, ExecutionError> invalid, string what = "an input object") =>
        value as IDictionary<string, object?> ?? throw invalid($"'{path}' must be {what}.");
}
