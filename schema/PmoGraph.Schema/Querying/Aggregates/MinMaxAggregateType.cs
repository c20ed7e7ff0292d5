using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary><c>{Type}MinMaxAggregate</c>: the smallest (under <c>min</c>) or largest (under <c>max</c>) value of each number and date field.</summary>
/// <typeparam name="TNodeGraph">The node graph type.</typeparam>
public sealed class MinMaxAggregateType<TNodeGraph> : AggregateValuesType
    where TNodeGraph : IComplexGraphType
{
    public MinMaxAggregateType() => AddFields(typeof(TNodeGraph), "min", "MinMaxAggregate", "extreme value");
}
