using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Root collection fields paged by offset, HotChocolate's <c>CollectionSegment</c>, for lists read by page number
/// (an audit trail, monthly financial lines) rather than followed by cursor.
/// </summary>
public static class CollectionSegmentFieldExtensions
{
    /// <summary>
    /// Adds <c>name(skip, take, where, order): NameCollectionSegment!</c> over the readable rows of
    /// <typeparamref name="TEntity"/>, in a total order (the id last), and its sibling <c>nameAggregate(where, groupBy)</c>.
    /// </summary>
    public static FieldBuilder<object?, object> CollectionSegment<TEntity, TNodeGraph>(this ObjectGraphType query, string name)
        where TEntity : Entity
        where TNodeGraph : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var segment = new CollectionSegmentType<TEntity, TNodeGraph>(char.ToUpperInvariant(name[0]) + name[1..]);
        query.Aggregate<TEntity, TNodeGraph>(name + "Aggregate");
        return query.Field(name, new NonNullGraphType(segment))
            .Argument<IntGraphType>("skip", "Skips the first _n_ items of the list.")
            .Argument<IntGraphType>("take", "Returns _n_ items of the list from the skipped position.")
            .WithQueryArguments<object?, object, TNodeGraph>()
            .ResolveAsync(async context =>
            {
                var request = OffsetRequest.From(context, context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value);
                var (rows, order) = ConnectionArguments.Read(context, QueryModel.Of(typeof(TNodeGraph)), ReadableRows.Of<TEntity>(context.RequestServices!));
                var shape = Projection.OfConnection<TEntity>(context);
                try
                {
                    var window = order.Apply(rows, reverse: false).Skip(request.Skip).Take(request.Take + 1);
                    var page = await window
                        .Select(shape?.Row(order, window) ?? KeysetPager.Projection<TEntity>(order))
                        .ToListAsync(context.CancellationToken).ConfigureAwait(false);
                    var items = page.Take(request.Take).ToList();
                    if (shape is not null)
                    {
                        var results = context.RequestServices!.GetRequiredService<ProjectedResults>();
                        foreach (var row in items)
                        {
                            shape.Register(row, results);
                        }
                    }

                    return new CollectionSegment<TEntity>(
                        [.. items.Select(r => r.Entity)], page.Count > request.Take, request.Skip > 0, ct => rows.CountAsync(ct));
                }
                catch (InvalidOperationException ex)
                {
                    throw new ExecutionError("The store cannot run this filter or ordering.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
                }
            });
    }
}
