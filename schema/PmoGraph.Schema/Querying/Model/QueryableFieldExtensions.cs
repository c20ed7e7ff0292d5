using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// How a slice opts a field of its graph type into the <c>where</c> and <c>order</c> arguments of every connection
/// over that type: <c>Field(p =&gt; p.Name).Filterable().Sortable()</c>,
/// <c>this.Reference&lt;...&gt;(...).Filterable(p =&gt; p.Program)</c>,
/// <c>this.Children&lt;...&gt;(...).Filterable(p =&gt; p.Milestones)</c>. Fields not opted in cannot be filtered or sorted.
/// </summary>
public static class QueryableFieldExtensions
{
    // GraphQL.NET records the member an expression field reads under this (internal) metadata key.
    private const string ExpressionPropertyKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>Adds this column to the type's filter input, with the operation input of its type.</summary>
    public static FieldBuilder<TSource, TProperty> Filterable<TSource, TProperty>(this FieldBuilder<TSource, TProperty> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        OptIn(field.FieldType, () => ScalarOptIn<TSource>(field.FieldType), o => o with { Filterable = true });
        return field;
    }

    /// <summary>Adds this column to the type's sort input (<c>name: ASC</c>).</summary>
    public static FieldBuilder<TSource, TProperty> Sortable<TSource, TProperty>(this FieldBuilder<TSource, TProperty> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        OptIn(field.FieldType, () => ScalarOptIn<TSource>(field.FieldType), o => o with { Sortable = true });
        return field;
    }

    /// <summary>Lets clients filter through this many-to-one navigation with the target's filter input.</summary>
    public static FieldBuilder<TSource, IDataLoaderResult<TTarget?>> Filterable<TSource, TTarget>(
        this FieldBuilder<TSource, IDataLoaderResult<TTarget?>> field, Expression<Func<TSource, TTarget?>> navigation)
        where TTarget : Entity
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(navigation);
        OptIn(field.FieldType, () => new QueryFieldOptIn(QueryFieldKind.Reference, navigation, NodeGraphType(field.FieldType)), o => o with { Filterable = true });
        return field;
    }

    /// <summary>Lets clients sort by the target's sortable fields through this many-to-one navigation.</summary>
    public static FieldBuilder<TSource, IDataLoaderResult<TTarget?>> Sortable<TSource, TTarget>(
        this FieldBuilder<TSource, IDataLoaderResult<TTarget?>> field, Expression<Func<TSource, TTarget?>> navigation)
        where TTarget : Entity
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(navigation);
        OptIn(field.FieldType, () => new QueryFieldOptIn(QueryFieldKind.Reference, navigation, NodeGraphType(field.FieldType)), o => o with { Sortable = true });
        return field;
    }

    /// <summary>Lets clients filter by this one-to-many navigation with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public static FieldBuilder<TSource, IDataLoaderResult<Connection<TChild>>> Filterable<TSource, TChild>(
        this FieldBuilder<TSource, IDataLoaderResult<Connection<TChild>>> field, Expression<Func<TSource, IEnumerable<TChild>>> navigation)
        where TChild : Entity
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(navigation);
        OptIn(field.FieldType, () => new QueryFieldOptIn(QueryFieldKind.List, navigation, NodeGraphType(field.FieldType)), o => o with { Filterable = true });
        return field;
    }

    private static void OptIn(FieldType field, Func<QueryFieldOptIn> create, Func<QueryFieldOptIn, QueryFieldOptIn> update)
    {
        var current = field.GetMetadata<QueryFieldOptIn?>(QueryFieldOptIn.MetadataKey) ?? create();
        field.Metadata[QueryFieldOptIn.MetadataKey] = update(current);
    }

    private static QueryFieldOptIn ScalarOptIn<TSource>(FieldType field)
    {
        var member = field.GetMetadata<string?>(ExpressionPropertyKey)
            ?? throw new InvalidOperationException(
                $"Field '{field.Name}' can only be filtered or sorted when declared from a member expression, as in Field(x => x.Name).");
        var parameter = Expression.Parameter(typeof(TSource), "x");
        var lambda = Expression.Lambda(Expression.PropertyOrField(parameter, member), parameter);
        return new QueryFieldOptIn(QueryFieldKind.Scalar, lambda, NamedType(field.Type));
    }

    private static Type NodeGraphType(FieldType field) =>
        field.GetMetadata<Type?>(QueryFieldOptIn.NodeGraphKey) ?? NamedType(field.Type) ?? throw new InvalidOperationException($"Field '{field.Name}' has no graph type to filter or sort through.");

    /// <summary><c>NonNullGraphType&lt;ListGraphType&lt;NonNullGraphType&lt;X&gt;&gt;&gt;</c> gives <c>X</c>.</summary>
    private static Type? NamedType(Type? type)
    {
        while (type is { IsGenericType: true } && (type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>) || type.GetGenericTypeDefinition() == typeof(ListGraphType<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        return type;
    }
}
