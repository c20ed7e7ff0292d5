using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Relationship fields for entity graph types. Every navigation is batched per query level: a list of 50 projects
/// asking for their program costs one SQL statement for all programs, not 50.
/// </summary>
public static class NavigationFieldExtensions
{
    /// <summary>A required many-to-one navigation (<c>project { program }</c>) by the source's foreign key.</summary>
    public static FieldBuilder<TSource, IDataLoaderResult<TTarget?>> Reference<TSource, TTarget, TTargetGraph>(
        this ObjectGraphType<TSource> type, string name, Expression<Func<TSource, int>> foreignKey)
        where TTarget : Entity
        where TTargetGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(foreignKey);
        var key = foreignKey.Compile();
        var field = type.Field<NonNullGraphType<TTargetGraph>, IDataLoaderResult<TTarget?>>(name)
            .Resolve(context => Projected<TTarget?>(context, out var projected)
                ? new CompletedResult<TTarget?>(projected)
                : LoadById<TTarget>(context, key(context.Source)));
        field.FieldType.Metadata[ProjectionMetadata.ReferenceKey] = new NavigationInfo(typeof(TTarget), foreignKey);
        return field;
    }

    /// <summary>An optional many-to-one navigation (<c>project { manager }</c>); null where the key is null.</summary>
    public static FieldBuilder<TSource, IDataLoaderResult<TTarget?>> OptionalReference<TSource, TTarget, TTargetGraph>(
        this ObjectGraphType<TSource> type, string name, Expression<Func<TSource, int?>> foreignKey)
        where TTarget : Entity
        where TTargetGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(foreignKey);
        var key = foreignKey.Compile();
        var field = type.Field<TTargetGraph, IDataLoaderResult<TTarget?>>(name)
            .Resolve(context => Projected<TTarget?>(context, out var projected)
                ? new CompletedResult<TTarget?>(projected)
                : key(context.Source) is { } id
                    ? LoadById<TTarget>(context, id)
                    : new CompletedResult<TTarget?>(null));
        field.FieldType.Metadata[ProjectionMetadata.ReferenceKey] = new NavigationInfo(typeof(TTarget), foreignKey);
        return field;
    }

    /// <summary>
    /// A one-to-many navigation as a connection named after the field (<c>risks</c> on <c>Project</c> gives
    /// <c>ProjectRisksConnection</c>), with <c>first/after/last/before</c>, <c>where</c>, <c>order</c> and
    /// <c>totalCount</c>. Each query level reads the pages of all its parents in one statement. Adds its sibling
    /// <c>nameAggregate(where, groupBy)</c>.
    /// </summary>
    public static FieldBuilder<TSource, IDataLoaderResult<Connection<TChild>>> Children<TSource, TChild, TChildGraph>(
        this ObjectGraphType<TSource> type, string name, Expression<Func<TChild, int?>> foreignKey)
        where TSource : Entity
        where TChild : Entity
        where TChildGraph : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var baseName = type.Name + char.ToUpperInvariant(name[0]) + name[1..];
        IGraphType connection = ConnectionTypeNames.IsRoot(baseName + "Connection", typeof(TChildGraph))
            ? new GraphQLTypeReference(baseName + "Connection")
            : new ConnectionType<TChild, TChildGraph>(baseName);
        var field = FieldBuilder<TSource, IDataLoaderResult<Connection<TChild>>>.Create(name, new NonNullGraphType(connection))
            .WithConnectionArguments<TSource, IDataLoaderResult<Connection<TChild>>, TChildGraph>()
            .Resolve(context =>
            {
                if (Projected<Connection<TChild>>(context, out var projected))
                {
                    return new CompletedResult<Connection<TChild>>(projected!);
                }

                var services = context.RequestServices!;
                // Every parent of a level shares the field's syntax node, hence its arguments: one loader per node.
                var loaderKey = $"children:{typeof(TChild).FullName}:{foreignKey}:{RuntimeHelpers.GetHashCode(context.FieldAst)}";
                var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(loaderKey, () =>
                {
                    var request = ConnectionArguments.Page(context);
                    var (rows, order) = ConnectionArguments.Read(
                        context, QueryModel.Of(typeof(TChildGraph)), ReadableRows.Correlated<TChild>(services));
                    var pages = new NestedConnectionLoader<TChild>(rows, foreignKey, order, request, ConnectionArguments.Selects(context, "totalCount"));
                    return new BatchLoader<int, Connection<TChild>>(
                        (ids, ct) => pages.LoadAsync(ReadableRows.Of<TSource>(services), ids, ct),
                        NestedConnectionLoader<TChild>.Empty);
                });
                return loader.Load(context.Source.Id);
            });
        field.FieldType.Metadata[QueryFieldOptIn.NodeGraphKey] = typeof(TChildGraph);
        field.FieldType.Metadata[ProjectionMetadata.ChildrenKey] = new NavigationInfo(typeof(TChild), foreignKey);
        type.AddField(field.FieldType);
        type.NestedAggregate<TSource, TChild, TChildGraph>(name + "Aggregate", foreignKey);
        return field;
    }

    /// <summary>A root lookup by id (<c>project(id: 7)</c>), null when no such row exists.</summary>
    public static FieldBuilder<object?, IDataLoaderResult<TEntity?>> ById<TEntity, TGraph>(this ObjectGraphType query, string name)
        where TEntity : Entity
        where TGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        var field = query.Field<TGraph, IDataLoaderResult<TEntity?>>(name)
            .Argument<NonNullGraphType<IntGraphType>>("id", "The id to look up.")
            .Resolve(context =>
            {
                var id = context.GetArgument<int>("id");
                if (Projection.OfObject<TEntity>(context) is not { } shape)
                {
                    return LoadById<TEntity>(context, id);
                }

                var services = context.RequestServices!;
                return new DeferredResult<TEntity?>(async ct =>
                {
                    var match = ReadableRows.Of<TEntity>(services).Where(e => e.Id == id);
                    var row = await match.Select(shape.Row(null, match))
                        .FirstOrDefaultAsync(ct).ConfigureAwait(false);
                    if (row is not null)
                    {
                        shape.Register(row, services.GetRequiredService<ProjectedResults>());
                    }

                    return row?.Entity;
                });
            });
        field.FieldType.Metadata[CompiledReadMetadata.RootByIdKey] = typeof(TEntity);
        return field;
    }

    /// <summary>The value a projection of the source's statement already read for this field, if any.</summary>
    private static bool Projected<T>(IResolveFieldContext context, out T? value)
    {
        var key = (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).StringValue;
        if (context.RequestServices!.GetRequiredService<ProjectedResults>().TryGet(context.Source, key, out var found))
        {
            value = (T?)found;
            return true;
        }

        value = default;
        return false;
    }

    private static IDataLoaderResult<TEntity?> LoadById<TEntity>(IResolveFieldContext context, int id)
        where TEntity : Entity
    {
        var services = context.RequestServices!;
        var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(
            $"byId:{typeof(TEntity).FullName}",
            () => new BatchLoader<int, TEntity?>(
                (ids, ct) => EntityLoaders.ByIdAsync(ReadableRows.Of<TEntity>(services), ids, ct),
                null));
        return loader.Load(id);
    }
}
