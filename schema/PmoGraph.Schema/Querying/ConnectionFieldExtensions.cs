using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Querying;

/// <summary>Root collection fields as cursor connections with HotChocolate's arguments and type names.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds <c>name(first, after, last, before, where, order): NameConnection!</c> over every row of
    /// <typeparamref name="TEntity"/>, filtered by <c>{Type}FilterInput</c>, ordered by <c>[{Type}SortInput!]</c> then
    /// by id, and paged by keyset over the sort keys.
    /// </summary>
    public static FieldBuilder<object?, object> Connection<TEntity, TNodeGraph>(this ObjectGraphType query, string name)
        where TEntity : Entity
        where TNodeGraph : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var connection = new ConnectionType<TEntity, TNodeGraph>(char.ToUpperInvariant(name[0]) + name[1..]);
        return query.Field(name, new NonNullGraphType(connection))
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .Argument<FilterInputType<TNodeGraph>>("where", "Only the rows matching these conditions.")
            .Argument<ListGraphType<NonNullGraphType<SortInputType<TNodeGraph>>>>(
                "order", "Sort keys in order of precedence; the id is always the last key. Nulls sort first ascending, last descending.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var options = services.GetRequiredService<IOptions<PagingOptions>>().Value;
                var request = PageRequest.From(context, options);
                var model = QueryModel.Of(typeof(TNodeGraph));
                var source = ReadableRows.Of<TEntity>(services, context.User);
                SortOrder order;
                try
                {
                    if (ArgumentValue(context, "where") is IDictionary<string, object?> where)
                    {
                        FilterLimits.Check(where, services.GetRequiredService<IOptions<FilteringOptions>>().Value);
                        source = source.Where(FilterExpressionBuilder.Build<TEntity>(model, where));
                    }

                    order = SortOrder.Parse(model, ArgumentValue(context, "order"));
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InvalidCastException or FormatException or OverflowException)
                {
                    // A combination the expression builder cannot express: the client's request, not a server fault.
                    throw new ExecutionError("The engine cannot apply this filter or ordering.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
                }

                return await KeysetPager.PageAsync(source, order, request, context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static object? ArgumentValue(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
