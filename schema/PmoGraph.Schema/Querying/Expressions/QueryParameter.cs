using System.Linq.Expressions;
using System.Reflection;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Wraps a client-supplied value in a closure-like holder: EF Core sends <c>holder.Value</c> as a SQL parameter,
/// never as literal SQL text, and caches one query plan for every value.
/// </summary>
internal static class QueryParameter
{
    private static readonly MethodInfo TypedMethod = typeof(QueryParameter).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>An expression of type <paramref name="type"/> reading <paramref name="value"/> as a parameter.</summary>
    public static Expression Of(object? value, Type type) =>
        (Expression)TypedMethod.MakeGenericMethod(type).Invoke(null, [value])!;

    private static MemberExpression Typed<T>(T value) =>
        Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
