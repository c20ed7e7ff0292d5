using System.Linq.Expressions;
using System.Reflection;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The rows strictly after (or before) a cursor row in a <see cref="SortOrder"/>:
/// <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR ...</c>, with "&gt;" meaning "later in this key's direction" and
/// nulls the smallest value, consistent with <see cref="SortOrder.Apply"/>.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo CompareStrings = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Rows after the cursor values in the order (<paramref name="backward"/>: before them).</summary>
    public static Expression<Func<T, bool>> Beyond<T>(SortOrder order, IReadOnlyList<object?> values, bool backward)
    {
        var alternatives = new List<Expression>();
        var equalSoFar = new List<Expression>();
        for (var i = 0; i < order.Keys.Count; i++)
        {
            var key = order.Keys[i];
            var column = key.Key.Body;
            alternatives.Add(QueryExpressions.AllOf([.. equalSoFar, Later(column, values[i], key.Descending ^ backward, key.Nullable)]));
            equalSoFar.Add(values[i] is null
                ? Expression.Equal(column, Expression.Constant(null, column.Type))
                : Expression.Equal(column, Value(values[i], column.Type)));
        }

        return Expression.Lambda<Func<T, bool>>(QueryExpressions.AnyOf(alternatives), order.Row);
    }

    /// <summary>
    /// Whether the row <paramref name="later"/> comes after the row <paramref name="earlier"/> in the order
    /// (<paramref name="backward"/>: in the reversed order); both are row expressions of the order's entity. Used to
    /// rank rows in SQL where a LIMIT cannot be used.
    /// </summary>
    public static Expression RowAfterRow(SortOrder order, Expression later, Expression earlier, bool backward)
    {
        var alternatives = new List<Expression>();
        var equalSoFar = new List<Expression>();
        foreach (var key in order.Keys)
        {
            var a = ParameterReplacer.Apply(key.Key, later);
            var b = ParameterReplacer.Apply(key.Key, earlier);
            alternatives.Add(QueryExpressions.AllOf([.. equalSoFar, LaterThan(a, b, key.Descending ^ backward, key.Nullable)]));
            equalSoFar.Add(Expression.Equal(a, b));
        }

        return QueryExpressions.AnyOf(alternatives);
    }

    private static BinaryExpression LaterThan(Expression a, Expression b, bool descending, bool nullable)
    {
        var strictly = descending ? Greater(b, a) : Greater(a, b);
        if (!nullable)
        {
            return strictly;
        }

        var none = Expression.Constant(null, a.Type);
        // Null is the smallest value: ascending, any value is after null; descending, null is after any value.
        return descending
            ? Expression.AndAlso(Expression.NotEqual(b, none), Expression.OrElse(Expression.Equal(a, none), strictly))
            : Expression.OrElse(Expression.AndAlso(Expression.Equal(b, none), Expression.NotEqual(a, none)), strictly);
    }

    private static BinaryExpression Greater(Expression a, Expression b)
    {
        var type = Nullable.GetUnderlyingType(a.Type) ?? a.Type;
        if (type == typeof(string))
        {
            return Expression.GreaterThan(Expression.Call(CompareStrings, a, b), Expression.Constant(0));
        }

        if (type == typeof(bool))
        {
            return Expression.AndAlso(Expression.Equal(a, Expression.Constant(true, a.Type)), Expression.Equal(b, Expression.Constant(false, b.Type)));
        }

        return Expression.GreaterThan(a, b);
    }

    private static Expression Later(Expression column, object? value, bool descending, bool nullable)
    {
        if (value is null)
        {
            // Null is the smallest value: ascending, every non-null is later; descending, nothing is.
            return descending ? Expression.Constant(false) : Expression.NotEqual(column, Expression.Constant(null, column.Type));
        }

        if (!descending)
        {
            return Compare(column, value, greater: true);
        }

        var smaller = Compare(column, value, greater: false);
        return nullable ? Expression.OrElse(Expression.Equal(column, Expression.Constant(null, column.Type)), smaller) : smaller;
    }

    private static Expression Compare(Expression column, object value, bool greater)
    {
        var type = Nullable.GetUnderlyingType(column.Type) ?? column.Type;
        if (type == typeof(string))
        {
            var compared = Expression.Call(CompareStrings, column, Value(value, typeof(string)));
            return greater ? Expression.GreaterThan(compared, Expression.Constant(0)) : Expression.LessThan(compared, Expression.Constant(0));
        }

        if (type == typeof(bool))
        {
            // false < true: after false comes true; before true comes false.
            var flag = (bool)value;
            return greater == flag ? Expression.Constant(false) : Expression.Equal(column, Expression.Constant(!flag, column.Type));
        }

        return greater
            ? Expression.GreaterThan(column, Value(value, column.Type))
            : Expression.LessThan(column, Value(value, column.Type));
    }

    private static Expression Value(object? value, Type type) => QueryParameter.Of(value, type);
}
