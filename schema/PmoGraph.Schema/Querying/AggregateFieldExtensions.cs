using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>Aggregate fields: <c>projectsAggregate(where, groupBy) { count sum { ... } groups { key { ... } count } }</c>.</summary>
public static class AggregateFieldExtensions
{
    private static readonly string[] TotalFields = ["count", "sum", "avg", "min", "max"];
    private static readonly string[] Operations = ["sum", "avg", "min", "max"];

    /// <summary>
    /// Adds <c>name(where, groupBy): {Type}Aggregate!</c> over the readable rows of <typeparamref name="TEntity"/>,
    /// computed in SQL: one statement for the totals when any is selected, one for <c>groups</c> when selected.
    /// </summary>
    public static FieldBuilder<object?, object> Aggregate<TEntity, TNodeGraph>(this ObjectGraphType query, string name)
        where TEntity : Entity
        where TNodeGraph : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Field<NonNullGraphType<AggregateType<TNodeGraph>>>(name)
            .Description("Count, sum, average, minimum and maximum of the matching rows, over all of them and per group, computed in SQL.")
            .Argument<FilterInputType<TNodeGraph>>("where", "Only the rows matching these conditions.")
            .Argument<ListGraphType<NonNullGraphType<GroupByInputType<TNodeGraph>>>>(
                "groupBy", $"The fields the groups share, one per element, at most {AggregateQuery.MaxGroupKeys}; through references too.")
            .ResolveAsync(async context =>
            {
                var model = QueryModel.Of(typeof(TNodeGraph));
                var (rows, _) = ConnectionArguments.Read(context, model, ReadableRows.Of<TEntity>(context.RequestServices!, context.User));
                var row = Expression.Parameter(typeof(TEntity), "e");
                var keys = GroupByParser.Parse(model, row, ConnectionArguments.Value(context, "groupBy"));
                var plan = AggregateQuery.Plan(model);
                var totals = Values(plan, null);
                if (TotalFields.Any(f => ConnectionArguments.Selects(context, f)))
                {
                    var all = await AggregateQuery.RunAsync(rows, model, row, [], context.CancellationToken).ConfigureAwait(false);
                    totals = Values(plan, all.Count > 0 ? all[0] : null);
                }

                IReadOnlyList<AggregateGroup> groups = [];
                if (ConnectionArguments.Selects(context, "groups"))
                {
                    var grouped = await AggregateQuery.RunAsync(rows, model, row, keys, context.CancellationToken).ConfigureAwait(false);
                    groups = [.. grouped.OrderBy(g => g.Keys, KeyComparer.Instance).Select(g => new AggregateGroup(Key(keys, g.Keys), Values(plan, g)))];
                }

                return new AggregateResult(totals, groups);
            });
    }

    private static AggregateValues Values(IReadOnlyList<AggregatePlan> plan, AggregateRow? row)
    {
        var byOperation = Operations.ToDictionary(o => o, _ => new Dictionary<string, object?>());
        for (var i = 0; i < plan.Count; i++)
        {
            byOperation[plan[i].Operation][plan[i].Field.Name] = row?.Values[i];
        }

        return new AggregateValues(row?.Count ?? 0, byOperation["sum"], byOperation["avg"], byOperation["min"], byOperation["max"]);
    }

    /// <summary>Nests the key values by path: <c>sponsor.department.name</c> gives <c>{ sponsor: { department: { name } } }</c>.</summary>
    private static Dictionary<string, object?> Key(IReadOnlyList<GroupKeyPath> keys, object?[] values)
    {
        var root = new Dictionary<string, object?>();
        for (var i = 0; i < keys.Count; i++)
        {
            var level = root;
            foreach (var step in keys[i].Path.SkipLast(1))
            {
                if (level.GetValueOrDefault(step) is not Dictionary<string, object?> next)
                {
                    next = [];
                    level[step] = next;
                }

                level = next;
            }

            level[keys[i].Path[^1]] = values[i];
        }

        return root;
    }

    /// <summary>Orders group keys value by value, nulls first, text ordinally.</summary>
    private sealed class KeyComparer : IComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var order = (x[i], y[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => -1,
                    (_, null) => 1,
                    (string a, string b) => string.CompareOrdinal(a, b),
                    var (a, b) => Comparer<object>.Default.Compare(a, b),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }
    }
}
