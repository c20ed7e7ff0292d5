using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>Root collection fields as cursor connections with HotChocolate's arguments and type names.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds <c>name(first, after, last, before, where, order): NameConnection!</c> over every row of
    /// <typeparamref name="TEntity"/>, filtered by <c>{Type}FilterInput</c>, ordered by <c>[{Type}SortInput!]</c> then
    /// by id, and paged by keyset over the sort keys; and its sibling <c>nameAggregate(where, groupBy)</c>.
    /// </summary>
    public static FieldBuilder<object?, object> Connection<TEntity, TNodeGraph>(this ObjectGraphType query, string name)
        where TEntity : Entity
        where TNodeGraph : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var connection = new ConnectionType<TEntity, TNodeGraph>(char.ToUpperInvariant(name[0]) + name[1..]);
        ConnectionTypeNames.DeclareRoot(connection.Name, typeof(TNodeGraph));
        query.Aggregate<TEntity, TNodeGraph>(name + "Aggregate");
        var field = query.Field(name, new NonNullGraphType(connection))
            .WithConnectionArguments<object?, object, TNodeGraph>()
            .ResolveAsync(async context =>
            {
                var model = QueryModel.Of(typeof(TNodeGraph));
                var scope = new ProjectionScope(context);
                var request = ConnectionArguments.Page(context).For(scope, scope.RootSelection());
                var (rows, order) = ConnectionArguments.Read(context, model, ReadableRows.Of<TEntity>(context.RequestServices!));
                var shape = Projection.OfConnection<TEntity>(scope);
                var page = await KeysetPager.PageAsync(rows, order, request, shape, context.CancellationToken).ConfigureAwait(false);
                if (shape is not null)
                {
                    var results = context.RequestServices!.GetRequiredService<ProjectedResults>();
                    foreach (var row in page.Rows)
                    {
                        shape.Register(row, results);
                    }
                }

                return page.Connection;
            });
        field.FieldType.Metadata[CompiledReadMetadata.RootConnectionKey] = typeof(TEntity);
        return field;
    }
}
