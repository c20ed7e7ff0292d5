using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Builds, for a root field, one projection from its whole selection: the columns each level asks for, and every
/// reference and nested connection below it, so the field costs one statement whatever its depth.
/// </summary>
internal static class Projection
{
    /// <summary>
    /// The shape of the nodes of the root connection (or collection segment) field being resolved, or null if it
    /// cannot be projected.
    /// </summary>
    public static NodeShape<TEntity>? OfConnection<TEntity>(IResolveFieldContext context)
        where TEntity : Entity =>
        OfConnection<TEntity>(new ProjectionScope(context));

    /// <summary>The shape of the nodes of the root connection field <paramref name="scope"/> was made for.</summary>
    public static NodeShape<TEntity>? OfConnection<TEntity>(ProjectionScope scope)
        where TEntity : Entity
    {
        var context = scope.Root;
        var (node, selection) = scope.NodesOf(ProjectionScope.Unwrap(context.FieldDefinition.ResolvedType), scope.RootSelection());
        return node is null ? null : NodeShape<TEntity>.Create(scope, node, selection);
    }

    /// <summary>The shape of the root object field being resolved (a lookup by id), or null if it cannot be projected.</summary>
    public static NodeShape<TEntity>? OfObject<TEntity>(IResolveFieldContext context)
        where TEntity : Entity
    {
        var scope = new ProjectionScope(context);
        return ProjectionScope.Unwrap(context.FieldDefinition.ResolvedType) is { } node
            ? NodeShape<TEntity>.Create(scope, node, scope.RootSelection())
            : null;
    }

    /// <summary>
    /// <paramref name="stored"/> (a mutation's committed result) read again through the projection of the field's
    /// selection when that selection holds references or connections, so they cost one statement rather than one per
    /// level; <paramref name="stored"/> itself otherwise, or when it cannot be projected or read back.
    /// </summary>
    public static async Task<object?> ReadBackAsync(IResolveFieldContext context, object? stored)
    {
        if (stored is not Entity entity)
        {
            return stored;
        }

        var method = typeof(Projection).GetMethod(nameof(ReadBackTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity.GetType());
        return await ((Task<object?>)method.Invoke(null, [context, entity])!).ConfigureAwait(false);
    }

    private static async Task<object?> ReadBackTypedAsync<TEntity>(IResolveFieldContext context, TEntity stored)
        where TEntity : Entity
    {
        var scope = new ProjectionScope(context);
        if (scope.Db.Model.FindEntityType(typeof(TEntity)) is null || ProjectionScope.Unwrap(context.FieldDefinition.ResolvedType) is not { } node)
        {
            return stored;
        }

        var shape = NodeShape<TEntity>.Create(scope, node, scope.Collect([context.FieldAst.SelectionSet]));
        if (!shape.HasNavigations)
        {
            // Its scalars are already in memory.
            return stored;
        }

        var id = stored.Id;
        var match = ReadableRows.Of<TEntity>(scope.Services).Where(e => e.Id == id);
        var row = await match.Select(shape.Row(null, match))
            .FirstOrDefaultAsync(context.CancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return stored;
        }

        shape.Register(row, scope.Services.GetRequiredService<ProjectedResults>());
        return row.Entity;
    }
}
