using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary><c>{Type}AvgAggregate</c>: the mean of each number field (a Decimal for decimals, else a Float).</summary>
/// <typeparam name="TNodeGraph">The node graph type.</typeparam>
public sealed class AvgAggregateType<TNodeGraph> : AggregateValuesType
    where TNodeGraph : IComplexGraphType
{
    public AvgAggregateType() => AddFields(typeof(TNodeGraph), "avg", "AvgAggregate", "average");
}
