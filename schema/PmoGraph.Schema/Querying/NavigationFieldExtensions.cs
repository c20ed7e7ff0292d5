using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
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
        this ObjectGraphType<TSource> type, string name, Func<TSource, int> foreignKey)
        where TTarget : Entity
        where TTargetGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<TTargetGraph>, IDataLoaderResult<TTarget?>>(name)
            .Resolve(context => LoadById<TTarget>(context, foreignKey(context.Source)));
    }

    /// <summary>An optional many-to-one navigation (<c>project { manager }</c>); null where the key is null.</summary>
    public static FieldBuilder<TSource, IDataLoaderResult<TTarget?>> OptionalReference<TSource, TTarget, TTargetGraph>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, int?> foreignKey)
        where TTarget : Entity
        where TTargetGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<TTargetGraph, IDataLoaderResult<TTarget?>>(name)
            .Resolve(context => foreignKey(context.Source) is { } id
                ? LoadById<TTarget>(context, id)
                : new CompletedResult<TTarget?>(null));
    }

    /// <summary>A one-to-many navigation (<c>project { milestones }</c>), children in id order.</summary>
    public static FieldBuilder<TSource, IDataLoaderResult<IReadOnlyList<TChild>>> Children<TSource, TChild, TChildGraph>(
        this ObjectGraphType<TSource> type, string name, Expression<Func<TChild, int?>> foreignKey)
        where TSource : Entity
        where TChild : Entity
        where TChildGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        var loaderKey = $"children:{typeof(TChild).FullName}:{foreignKey}";
        return type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TChildGraph>>>, IDataLoaderResult<IReadOnlyList<TChild>>>(name)
            .Resolve(context =>
            {
                var services = context.RequestServices!;
                var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(
                    loaderKey,
                    () => new BatchLoader<int, IReadOnlyList<TChild>>(
                        (ids, ct) => EntityLoaders.ByForeignKeyAsync(ReadableRows.Of<TChild>(services, context.User), foreignKey, ids, ct),
                        []));
                return loader.Load(context.Source.Id);
            });
    }

    /// <summary>A root lookup by id (<c>project(id: 7)</c>), null when no such row exists.</summary>
    public static FieldBuilder<object?, IDataLoaderResult<TEntity?>> ById<TEntity, TGraph>(this ObjectGraphType query, string name)
        where TEntity : Entity
        where TGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Field<TGraph, IDataLoaderResult<TEntity?>>(name)
            .Argument<NonNullGraphType<IntGraphType>>("id", "The id to look up.")
            .Resolve(context => LoadById<TEntity>(context, context.GetArgument<int>("id")));
    }

    private static IDataLoaderResult<TEntity?> LoadById<TEntity>(IResolveFieldContext context, int id)
        where TEntity : Entity
    {
        var services = context.RequestServices!;
        var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(
            $"byId:{typeof(TEntity).FullName}",
            () => new BatchLoader<int, TEntity?>(
                (ids, ct) => EntityLoaders.ByIdAsync(ReadableRows.Of<TEntity>(services, context.User), ids, ct),
                null));
        return loader.Load(id);
    }
}
