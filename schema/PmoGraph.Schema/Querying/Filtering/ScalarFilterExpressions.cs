using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The operations of the scalar filter inputs over one column. Semantics are LINQ's (what EF Core reproduces in SQL):
/// <c>eq: null</c> matches nulls, a comparison never matches a null, and the negated operations (<c>neq</c>,
/// <c>nin</c>, <c>ncontains</c>, <c>ngt</c>, ...) match exactly the rows the positive one does not, nulls included.
/// The i- operations compare <c>lower(column)</c> with the lower-cased value; <c>lower</c> folds all of Unicode on
/// both stores (PostgreSQL's in a UTF-8 database; on SQLite the API replaces the ASCII-only built-in).
/// </summary>
internal static class ScalarFilterExpressions
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo ContainsText = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithText = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithText = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo SubstringFrom = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo SubstringRange = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo ListContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public static Expression Build(Expression column, IDictionary<string, object?> operations, string path)
    {
        var parts = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            var at = $"{path}.{operation}";
            if (operation is "and" or "or" && (operand is null || !QueryExpressions.Items(operand).Any()))
            {
                continue; // null or an empty list sets no condition, as on the object filter inputs
            }

            parts.Add(operation switch
            {
                "and" => QueryExpressions.AllOf(QueryExpressions.Items(operand).Select((o, i) => Build(column, QueryExpressions.AsObject(o, at, FilterExpressionBuilder.Invalid), $"{at}[{i}]")).ToList()),
                "or" => QueryExpressions.AnyOf(QueryExpressions.Items(operand).Select((o, i) => Build(column, QueryExpressions.AsObject(o, at, FilterExpressionBuilder.Invalid), $"{at}[{i}]")).ToList()),
                "eq" => Equal(column, operand),
                "neq" => Expression.Not(Equal(column, operand)),
                "in" => In(column, Required(operand, at)),
                "nin" => Expression.Not(In(column, Required(operand, at))),
                "gt" => Compare(ExpressionType.GreaterThan, column, Required(operand, at)),
                "ngt" => Expression.Not(Compare(ExpressionType.GreaterThan, column, Required(operand, at))),
                "gte" => Compare(ExpressionType.GreaterThanOrEqual, column, Required(operand, at)),
                "ngte" => Expression.Not(Compare(ExpressionType.GreaterThanOrEqual, column, Required(operand, at))),
                "lt" => Compare(ExpressionType.LessThan, column, Required(operand, at)),
                "nlt" => Expression.Not(Compare(ExpressionType.LessThan, column, Required(operand, at))),
                "lte" => Compare(ExpressionType.LessThanOrEqual, column, Required(operand, at)),
                "nlte" => Expression.Not(Compare(ExpressionType.LessThanOrEqual, column, Required(operand, at))),
                "contains" => Text(column, ContainsText, Required(operand, at), ignoreCase: false),
                "ncontains" => Expression.Not(Text(column, ContainsText, Required(operand, at), ignoreCase: false)),
                "startsWith" => Text(column, StartsWithText, Required(operand, at), ignoreCase: false),
                "nstartsWith" => Expression.Not(Text(column, StartsWithText, Required(operand, at), ignoreCase: false)),
                "endsWith" => Text(column, EndsWithText, Required(operand, at), ignoreCase: false),
                "nendsWith" => Expression.Not(Text(column, EndsWithText, Required(operand, at), ignoreCase: false)),
                "ieq" => operand is null ? Equal(column, null) : TextEquals(column, (string)operand),
                "icontains" => Text(column, ContainsText, Required(operand, at), ignoreCase: true),
                "istartsWith" => Text(column, StartsWithText, Required(operand, at), ignoreCase: true),
                "iendsWith" => Text(column, EndsWithText, Required(operand, at), ignoreCase: true),
                _ => throw FilterExpressionBuilder.Invalid($"'{at}' is not a filter operation."),
            });
        }

        return QueryExpressions.AllOf(parts);
    }

    private static object Required(object? operand, string path) =>
        operand ?? throw FilterExpressionBuilder.Invalid($"'{path}' needs a value; only eq and neq accept null.");

    private static BinaryExpression Equal(Expression column, object? operand)
    {
        if (operand is null)
        {
            // A non-nullable column is still null behind a missing optional reference (sponsor: { id: { eq: null } }):
            // compare it lifted to Nullable<T>; EF Core folds the test to false where the column cannot be null.
            var lifted = Lifted(column);
            return Expression.Equal(lifted, Expression.Constant(null, lifted.Type));
        }

        return Expression.Equal(column, QueryParameter.Of(Coerce(operand, column.Type), column.Type));
    }

    private static MethodCallExpression In(Expression column, object operand)
    {
        var items = QueryExpressions.Items(operand).ToList();
        if (items.Contains(null))
        {
            column = Lifted(column); // null in the list matches a null column, even one behind a missing reference
        }

        var values = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(column.Type))!;
        foreach (var value in items)
        {
            values.Add(value is null ? null : Coerce(value, column.Type));
        }

        return Expression.Call(ListContains.MakeGenericMethod(column.Type), QueryParameter.Of(values, values.GetType()), column);
    }

    /// <summary>The column as a type that can hold null: <c>(int?)p.Sponsor.Id</c>.</summary>
    private static Expression Lifted(Expression column) =>
        column.Type.IsValueType && Nullable.GetUnderlyingType(column.Type) is null
            ? Expression.Convert(column, typeof(Nullable<>).MakeGenericType(column.Type))
            : column;

    private static BinaryExpression Compare(ExpressionType comparison, Expression column, object operand) =>
        Expression.MakeBinary(comparison, column, QueryParameter.Of(Coerce(operand, column.Type), column.Type));

    private static BinaryExpression Text(Expression column, MethodInfo method, object operand, bool ignoreCase)
    {
        var text = ignoreCase ? ((string)operand).ToLowerInvariant() : (string)operand;
        Expression subject = ignoreCase ? Expression.Call(column, ToLower) : column;
        var value = QueryParameter.Of(text, typeof(string));
        Expression match = Expression.Call(subject, method, value);
        if (!ignoreCase && method != ContainsText)
        {
            // EF Core translates StartsWith/EndsWith to LIKE, which ignores ASCII case on SQLite: comparing the
            // substring as well keeps the match exact on every store, while the LIKE can still use an index.
            var length = QueryParameter.Of(text.Length, typeof(int));
            var part = method == StartsWithText
                ? Expression.Call(column, SubstringRange, Expression.Constant(0), length)
                : Expression.Call(column, SubstringFrom, Expression.Subtract(Expression.Property(column, nameof(string.Length)), length));
            match = Expression.AndAlso(match, Expression.Equal(part, value));
        }

        return Expression.AndAlso(NotNull(column), match);
    }

    private static BinaryExpression TextEquals(Expression column, string operand) =>
        Expression.AndAlso(
            NotNull(column),
            Expression.Equal(Expression.Call(column, ToLower), QueryParameter.Of(operand.ToLowerInvariant(), typeof(string))));

    private static BinaryExpression NotNull(Expression column) => Expression.NotEqual(column, Expression.Constant(null, column.Type));

    /// <summary>Converts a parsed GraphQL value to the column's type (an Int literal for a long column, ...).</summary>
    public static object Coerce(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        return target.IsEnum
            ? value is string name ? Enum.Parse(target, name, ignoreCase: true) : Enum.ToObject(target, value)
            : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
