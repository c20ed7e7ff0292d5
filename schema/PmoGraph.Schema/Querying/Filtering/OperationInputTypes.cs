using GraphQL.Types;
using PmoDateGraphType = PmoGraph.Schema.Graph.DateGraphType;

namespace PmoGraph.Schema.Querying;

/// <summary>Which input graph type filters or sorts a field, from the CLR type of the member it reads.</summary>
internal static class OperationInputTypes
{
    private static readonly Dictionary<Type, Type> Comparable = new()
    {
        [typeof(int)] = typeof(ComparableOperationFilterInputType<IntGraphType>),
        [typeof(long)] = typeof(ComparableOperationFilterInputType<LongGraphType>),
        [typeof(decimal)] = typeof(ComparableOperationFilterInputType<DecimalGraphType>),
        [typeof(double)] = typeof(ComparableOperationFilterInputType<FloatGraphType>),
        [typeof(DateTime)] = typeof(ComparableOperationFilterInputType<DateTimeGraphType>),
        [typeof(DateOnly)] = typeof(ComparableOperationFilterInputType<PmoDateGraphType>),
        [typeof(Guid)] = typeof(ComparableOperationFilterInputType<UuidGraphType>),
    };

    public static Type FilterTypeOf(QueryField field) => field.OptIn.Kind switch
    {
        QueryFieldKind.Reference => typeof(FilterInputType<>).MakeGenericType(field.OptIn.GraphType!),
        QueryFieldKind.List => typeof(ListFilterInputType<>).MakeGenericType(field.OptIn.GraphType!),
        _ => ScalarFilterTypeOf(field),
    };

    public static Type SortTypeOf(QueryField field)
    {
        if (field.OptIn.Kind == QueryFieldKind.Reference)
        {
            return typeof(SortInputType<>).MakeGenericType(field.OptIn.GraphType!);
        }

        var type = ValueType(field);
        if (field.OptIn.Kind == QueryFieldKind.List || type.IsEnum)
        {
            // Enums are stored by name, so SQL would order them alphabetically, not in declaration order.
            throw new InvalidOperationException($"Field '{field.Name}' cannot be sortable: only columns and references sort.");
        }

        return typeof(SortEnumType);
    }

    private static Type ScalarFilterTypeOf(QueryField field)
    {
        var type = ValueType(field);
        if (type == typeof(string))
        {
            return typeof(StringOperationFilterInputType);
        }

        if (type == typeof(bool))
        {
            return typeof(BooleanOperationFilterInputType);
        }

        if (type.IsEnum)
        {
            return field.OptIn.GraphType is { } graph && typeof(EnumerationGraphType).IsAssignableFrom(graph)
                ? typeof(EnumOperationFilterInputType<>).MakeGenericType(graph)
                : throw new InvalidOperationException($"Enum field '{field.Name}' must declare its enum graph type to be filterable.");
        }

        return Comparable.TryGetValue(type, out var comparable)
            ? comparable
            : throw new InvalidOperationException($"Field '{field.Name}' of type {type.Name} has no filter operations.");
    }

    private static Type ValueType(QueryField field)
    {
        var type = field.OptIn.Member.ReturnType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}
