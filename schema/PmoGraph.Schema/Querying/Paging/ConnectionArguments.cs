using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PmoGraph.Schema.Querying;

/// <summary>The arguments every connection field takes, root or nested, and how the engine reads them.</summary>
internal static class ConnectionArguments
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, <c>where</c> and <c>order</c>.</summary>
    public static FieldBuilder<TSource, TReturn> WithConnectionArguments<TSource, TReturn, TNodeGraph>(this FieldBuilder<TSource, TReturn> field)
        where TNodeGraph : IComplexGraphType =>
        field
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .WithQueryArguments<TSource, TReturn, TNodeGraph>();

    /// <summary>Adds <c>where</c> and <c>order</c>.</summary>
    public static FieldBuilder<TSource, TReturn> WithQueryArguments<TSource, TReturn, TNodeGraph>(this FieldBuilder<TSource, TReturn> field)
        where TNodeGraph : IComplexGraphType =>
        field
            .WithNodeGraph<TSource, TReturn, TNodeGraph>()
            .Argument<FilterInputType<TNodeGraph>>("where", "Only the rows matching these conditions.")
            .Argument<ListGraphType<NonNullGraphType<SortInputType<TNodeGraph>>>>(
                "order", "Sort keys in order of precedence; the id is always the last key. Nulls sort first ascending, last descending.");

    /// <summary>Records the node graph type the field's arguments are read against, for <see cref="QueryArgumentsRule"/>.</summary>
    public static FieldBuilder<TSource, TReturn> WithNodeGraph<TSource, TReturn, TNodeGraph>(this FieldBuilder<TSource, TReturn> field)
        where TNodeGraph : IComplexGraphType
    {
        field.FieldType.Metadata[QueryFieldOptIn.NodeGraphKey] = typeof(TNodeGraph);
        return field;
    }

    /// <summary>
    /// Applies the field's <c>where</c> to <paramref name="source"/> and parses its <c>order</c>; bad input is a
    /// GraphQL error with a code, raised before any SQL runs.
    /// </summary>
    public static (IQueryable<TEntity> Rows, SortOrder Order) Read<TEntity>(IResolveFieldContext context, QueryModel model, IQueryable<TEntity> source) =>
        Read(context.RequestServices!, model, source, Value(context, "where"), Value(context, "order"));

    /// <summary>The same, from the argument values themselves (the compiled read path binds them without a resolver).</summary>
    public static (IQueryable<TEntity> Rows, SortOrder Order) Read<TEntity>(IServiceProvider services, QueryModel model, IQueryable<TEntity> source, object? where, object? order) =>
        Translatable(() =>
        {
            if (where is IDictionary<string, object?> filter)
            {
                source = source.Where(Filter<TEntity>(services, model, filter));
            }

            return (source, SortOrder.Parse(model, order));
        });

    /// <summary>
    /// Runs <paramref name="read"/>, which builds expressions from a client's arguments: a combination the expression
    /// builder cannot express is the client's request, not a server fault, so it is a <c>QUERY_NOT_TRANSLATABLE</c> error.
    /// </summary>
    public static T Translatable<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InvalidCastException or FormatException or OverflowException)
        {
            throw new ExecutionError("The engine cannot apply this filter or ordering.", ex) { Code = QueryErrorCodes.QueryNotTranslatable };
        }
    }

    /// <summary>A checked <c>where</c> value as a predicate.</summary>
    public static System.Linq.Expressions.Expression<Func<TEntity, bool>> Filter<TEntity>(IServiceProvider services, QueryModel model, IDictionary<string, object?> where)
    {
        FilterLimits.Check(where, services.GetRequiredService<IOptions<FilteringOptions>>().Value);
        return FilterExpressionBuilder.Build<TEntity>(model, where);
    }

    /// <summary>The validated paging arguments of the field.</summary>
    public static PageRequest Page(IResolveFieldContext context) =>
        PageRequest.From(context, context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value);

    /// <summary>Whether the client selected <paramref name="field"/> on this field's result (true when unknown).</summary>
    public static bool Selects(IResolveFieldContext context, string field) =>
        context.SubFields is not { } selected || selected.Values.Any(s => s.Item2.Name == field);

    public static object? Value(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
