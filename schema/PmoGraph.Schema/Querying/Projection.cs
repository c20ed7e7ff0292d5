using GraphQL;
using GraphQL.Types;
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
        where TEntity : Entity
    {
        var scope = new ProjectionScope(context);
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
}
