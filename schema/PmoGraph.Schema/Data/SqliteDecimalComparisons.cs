using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Schema.Data;

/// <summary>
/// Spares SQLite most of EF Core's decimal callbacks. SQLite stores a decimal as the text EF Core writes for it
/// (<c>123.45</c>: digits, a point, never an exponent) and EF Core compares two with a .NET function
/// (<c>ef_compare</c>) and sorts them with a .NET collation (<c>EF_DECIMAL</c>): per value compared, two strings made
/// and parsed, most of a filtered and sorted page's time and allocations. The integer part of such a text,
/// SQLite's <c>CAST(x AS INTEGER)</c>, is exact, and truncation never reverses two values (it is monotonic; beyond
/// the 64-bit range it saturates, which is still monotonic). So a comparison is decided on the integer parts and asks
/// the callback only when they are equal, <c>a &gt;= b</c> becoming <c>ia &gt; ib OR (ia = ib AND a &gt;= b)</c>,
/// and an ordering on a decimal orders on its integer part first and on the decimal itself after, so the collation
/// orders only rows whose integer parts tie. Both are exactly EF Core's answers, rows and order alike.
/// </summary>
/// <remarks>
/// Exact only over that text: a decimal column written by raw SQL as a REAL (which SQLite may store as <c>1.0e-05</c>)
/// would be misread, as EF Core's own parsing of it would differ; every writer here goes through EF Core's type
/// mappings (the tests check the stored text). Operands holding a method call (a subquery) are left alone.
/// Applied when EF Core compiles a query, to every query of every context of the store (both read paths, the
/// reports' EF queries), on SQLite only. Comparisons in a <c>Select</c> projection are left alone: EF Core may
/// evaluate a projection in .NET, where converting a decimal beyond the 64-bit range to an integer throws.
/// </remarks>
internal sealed class SqliteDecimalComparisons : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly SqliteDecimalComparisons Instance = new();

    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    private SqliteDecimalComparisons()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return eventData.Context?.Database.ProviderName == SqliteProvider ? Visit(queryExpression) : queryExpression;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var visited = (BinaryExpression)base.VisitBinary(node);
        if (visited.NodeType is not (ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual)
            || !IsDecimal(visited.Left.Type) || !IsDecimal(visited.Right.Type)
            || !IsPlain(visited.Left) || !IsPlain(visited.Right))
        {
            return visited;
        }

        var integer = visited.Left.Type == typeof(decimal) && visited.Right.Type == typeof(decimal) ? typeof(long) : typeof(long?);
        var left = Expression.Convert(visited.Left, integer);
        var right = Expression.Convert(visited.Right, integer);
        var beyond = visited.NodeType is ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
            ? Expression.GreaterThan(left, right)
            : Expression.LessThan(left, right);
        return Expression.OrElse(beyond, Expression.AndAlso(Expression.Equal(left, right), visited));
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        if (method.DeclaringType != typeof(Queryable) && method.DeclaringType != typeof(Enumerable))
        {
            return base.VisitMethodCall(node);
        }

        if (method.Name == nameof(Queryable.Select))
        {
            // The projection is not rewritten (see the remarks); its source is.
            return node.Update(node.Object, [Visit(node.Arguments[0]), .. node.Arguments.Skip(1)]);
        }

        if (method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
            && node.Arguments.Count == 2
            && Lambda(node.Arguments[1]) is { } key
            && IsDecimal(key.ReturnType)
            && IsPlain(key.Body))
        {
            var source = Visit(node.Arguments[0]);
            var integer = key.ReturnType == typeof(decimal) ? typeof(long) : typeof(long?);
            var integerKey = Expression.Lambda(Expression.Convert(key.Body, integer), key.Parameters);
            var first = Expression.Call(method.GetGenericMethodDefinition().MakeGenericMethod(method.GetGenericArguments()[0], integer), source, Argument(integerKey, method));
            var descending = method.Name is nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenByDescending);
            var then = Method(method.DeclaringType, descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy))
                .MakeGenericMethod(method.GetGenericArguments());
            return Expression.Call(then, first, node.Arguments[1]);
        }

        return base.VisitMethodCall(node);
    }

    private static bool IsDecimal(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal);

    /// <summary>
    /// An operand SQLite reads cheaply (columns, values): written two or three times by the rewrite, a subquery (the
    /// latest EVM snapshot's index, a computed value) would run as many times per row, costing more than the callback.
    /// </summary>
    private static bool IsPlain(Expression operand) => !CallFinder.Finds(operand);

    private sealed class CallFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Finds(Expression expression)
        {
            var finder = new CallFinder();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            _found = true;
            return node;
        }
    }

    private static LambdaExpression? Lambda(Expression argument) => argument switch
    {
        UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression quoted } => quoted,
        LambdaExpression lambda => lambda,
        _ => null,
    };

    /// <summary>A key selector as the method takes it: quoted for <see cref="Queryable"/>, a delegate for <see cref="Enumerable"/>.</summary>
    private static Expression Argument(LambdaExpression key, MethodInfo method) =>
        method.DeclaringType == typeof(Queryable) ? Expression.Quote(key) : key;

    /// <summary>The two-parameter (source, key selector) ordering method of that name.</summary>
    private static MethodInfo Method(Type declaringType, string name) =>
        declaringType.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}
