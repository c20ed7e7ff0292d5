using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// <c>{Type}Aggregate</c>: count, sum, avg, min and max over the rows an aggregate field matches, and the same per
/// group under <c>groups</c>.
/// </summary>
/// <typeparam name="TNodeGraph">The node graph type.</typeparam>
public sealed class AggregateType<TNodeGraph> : ObjectGraphType<AggregateResult>
    where TNodeGraph : IComplexGraphType
{
    public AggregateType()
    {
        var model = QueryModel.Of(typeof(TNodeGraph));
        Name = model.Name + "Aggregate";
        Description = $"Aggregates of {model.Name} rows, computed in SQL.";
        AddValues(this, model, context => context.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AggregateGroupType<TNodeGraph>>>>, IReadOnlyList<AggregateGroup>>("groups")
            .Description("One group per distinct value of the groupBy fields, in the order of those values (nulls first).")
            .Resolve(context => context.Source.Groups);
    }

    internal static void AddValues<TSource>(ObjectGraphType<TSource> type, QueryModel model, Func<GraphQL.IResolveFieldContext<TSource>, AggregateValues> values)
    {
        var plan = AggregateQuery.Plan(model);
        type.Field<NonNullGraphType<IntGraphType>, int>("count").Description("The number of rows.").Resolve(context => values(context).Count);
        if (plan.Any(p => p.Operation == "sum"))
        {
            type.Field<SumAggregateType<TNodeGraph>, IReadOnlyDictionary<string, object?>>("sum").Description("Sums of the number fields.").Resolve(context => values(context).Sum);
            type.Field<AvgAggregateType<TNodeGraph>, IReadOnlyDictionary<string, object?>>("avg").Description("Averages of the number fields.").Resolve(context => values(context).Avg);
        }

        if (plan.Any(p => p.Operation == "min"))
        {
            type.Field<MinMaxAggregateType<TNodeGraph>, IReadOnlyDictionary<string, object?>>("min").Description("Smallest values of the number and date fields.").Resolve(context => values(context).Min);
            type.Field<MinMaxAggregateType<TNodeGraph>, IReadOnlyDictionary<string, object?>>("max").Description("Largest values of the number and date fields.").Resolve(context => values(context).Max);
        }
    }
}
