using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>Aggregate fields: <c>projectsAggregate(where, groupBy) { count sum { ... } groups { key { ... } count } }</c>.</summary>
public static class AggregateFieldExtensions
{
    private const string Description = "Count, sum, average, minimum and maximum of the matching rows, over all of them and per group, computed in SQL.";

    /// <summary>
    /// Adds <c>name(where, groupBy): {Type}Aggregate!</c> over the readable rows of <typeparamref name="TEntity"/>,
    /// computed in one SQL statement reading only the selected aggregates.
    /// </summary>
    public static FieldBuilder<object?, object> Aggregate<TEntity, TNodeGraph>(this ObjectGraphType query, string name)
        where TEntity : Entity
        where TNodeGraph : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        var field = query.Field<NonNullGraphType<AggregateType<TNodeGraph>>>(name)
            .Description(Description)
            .WithAggregateArguments<object?, object, TNodeGraph>()
            .ResolveAsync(async context =>
            {
                var model = QueryModel.Of(typeof(TNodeGraph));
                var (rows, _) = ConnectionArguments.Read(context, model, ReadableRows.Of<TEntity>(context.RequestServices!));
                var row = Expression.Parameter(typeof(TEntity), "e");
                var keys = GroupByParser.Parse(model, row, ConnectionArguments.Value(context, "groupBy"));
                var selection = AggregateSelection.Of(context);
                var results = await AggregateComputation.ComputeAsync(rows, model, row, null, keys, selection, context.CancellationToken).ConfigureAwait(false);
                return results.GetValueOrDefault(0) ?? AggregateComputation.Empty(selection);
            });
        field.FieldType.Metadata[CompiledReadMetadata.RootAggregateKey] = typeof(TEntity);
        return field;
    }

    /// <summary>
    /// Adds <c>name(where, groupBy): {Type}Aggregate!</c> beside a one-to-many navigation: the aggregates of each
    /// parent's readable children. All the parents of a query level share one SQL statement, grouped by the foreign
    /// key and the groupBy keys; a parent without children gets a count of zero and null values.
    /// </summary>
    internal static FieldBuilder<TSource, IDataLoaderResult<AggregateResult>> NestedAggregate<TSource, TChild, TChildGraph>(
        this ObjectGraphType<TSource> type, string name, Expression<Func<TChild, int?>> foreignKey)
        where TSource : Entity
        where TChild : Entity
        where TChildGraph : IComplexGraphType
    {
        var field = FieldBuilder<TSource, IDataLoaderResult<AggregateResult>>.Create(name, typeof(NonNullGraphType<AggregateType<TChildGraph>>))
            .Description(Description)
            .WithAggregateArguments<TSource, IDataLoaderResult<AggregateResult>, TChildGraph>()
            .Resolve(context =>
            {
                var services = context.RequestServices!;
                // Every parent of a level shares the field's syntax node, hence its arguments: one loader per node.
                var loaderKey = $"aggregate:{typeof(TChild).FullName}:{foreignKey}:{RuntimeHelpers.GetHashCode(context.FieldAst)}";
                var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(loaderKey, () =>
                {
                    var model = QueryModel.Of(typeof(TChildGraph));
                    var (rows, _) = ConnectionArguments.Read(context, model, ReadableRows.Of<TChild>(services));
                    var row = Expression.Parameter(typeof(TChild), "e");
                    var keys = GroupByParser.Parse(model, row, ConnectionArguments.Value(context, "groupBy"));
                    var selection = AggregateSelection.Of(context);
                    var parent = Expression.Lambda(ParameterReplacer.Apply(foreignKey, row), row);
                    return new BatchLoader<int, AggregateResult>(
                        (ids, ct) => AggregateComputation.ComputeAsync(OfParents(rows, foreignKey, ids), model, row, parent, keys, selection, ct),
                        AggregateComputation.Empty(selection));
                });
                return loader.Load(context.Source.Id);
            });
        field.Reads(); // only the parent's id
        field.FieldType.Metadata[CompiledReadMetadata.NestedAggregateKey] = foreignKey;
        type.AddField(field.FieldType);
        return field;
    }

    private static FieldBuilder<TSource, TReturn> WithAggregateArguments<TSource, TReturn, TNodeGraph>(this FieldBuilder<TSource, TReturn> field)
        where TNodeGraph : IComplexGraphType =>
        field
            .WithNodeGraph<TSource, TReturn, TNodeGraph>()
            .Argument<FilterInputType<TNodeGraph>>("where", "Only the rows matching these conditions.")
            .Argument<ListGraphType<NonNullGraphType<GroupByInputType<TNodeGraph>>>>(
                "groupBy", $"The fields the groups share, one per element, at most {AggregateQuery.MaxGroupKeys}; through references too.");

    /// <summary><c>rows.Where(c =&gt; ids.Contains(c.ForeignKey))</c>, the ids a parameter of the statement.</summary>
    private static IQueryable<TChild> OfParents<TChild>(IQueryable<TChild> rows, Expression<Func<TChild, int?>> foreignKey, IReadOnlyCollection<int> ids)
    {
        List<int?> parents = [.. ids.Select(id => (int?)id)];
        Expression<Func<int?, bool>> isParent = key => parents.Contains(key);
        var child = Expression.Parameter(typeof(TChild), "c");
        return rows.Where(Expression.Lambda<Func<TChild, bool>>(ParameterReplacer.Apply(isParent, ParameterReplacer.Apply(foreignKey, child)), child));
    }
}
