using GraphQL.Types;
using PmoDateGraphType = PmoGraph.Schema.Graph.DateGraphType;

namespace PmoGraph.Schema.Querying;

/// <summary>The scalar graph type the engine shows a column's CLR type as (aggregates and group keys).</summary>
internal static class ScalarGraphTypes
{
    private static readonly Dictionary<Type, Type> Scalars = new()
    {
        [typeof(string)] = typeof(StringGraphType),
        [typeof(bool)] = typeof(BooleanGraphType),
        [typeof(int)] = typeof(IntGraphType),
        [typeof(long)] = typeof(LongGraphType),
        [typeof(decimal)] = typeof(DecimalGraphType),
        [typeof(double)] = typeof(FloatGraphType),
        [typeof(DateTime)] = typeof(DateTimeGraphType),
        [typeof(DateOnly)] = typeof(PmoDateGraphType),
        [typeof(Guid)] = typeof(UuidGraphType),
    };

    /// <summary>The column's CLR type without <see cref="Nullable{T}"/>.</summary>
    public static Type ValueType(QueryField field) =>
        Nullable.GetUnderlyingType(field.OptIn.Member.ReturnType) ?? field.OptIn.Member.ReturnType;

    /// <summary>The graph type of <paramref name="field"/>'s values: its enum graph type, or the scalar of its CLR type.</summary>
    public static Type Of(QueryField field)
    {
        if (field.OptIn.GraphType is { } graph && typeof(EnumerationGraphType).IsAssignableFrom(graph))
        {
            return graph;
        }

        return Scalars.TryGetValue(ValueType(field), out var scalar)
            ? scalar
            : throw new InvalidOperationException($"Field '{field.Name}' has no scalar graph type.");
    }

    /// <summary>The scalar graph type of a CLR value type (an aggregate's result).</summary>
    public static Type OfClr(Type type) => Scalars[Nullable.GetUnderlyingType(type) ?? type];

    /// <summary>Whether sums and averages apply to the field.</summary>
    public static bool IsNumber(QueryField field) =>
        field.OptIn.Kind == QueryFieldKind.Scalar && field.Name != "id"
        && ValueType(field) is var type && (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double));

    /// <summary>Whether minimums and maximums apply to the field (numbers and dates).</summary>
    public static bool IsOrdered(QueryField field) =>
        IsNumber(field) || (field.OptIn.Kind == QueryFieldKind.Scalar && ValueType(field) is var type && (type == typeof(DateOnly) || type == typeof(DateTime)));
}
