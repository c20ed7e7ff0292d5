using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary><c>{Type}SumAggregate</c>: the sum of each number field (whole numbers sum to a Long).</summary>
/// <typeparam name="TNodeGraph">The node graph type.</typeparam>
public sealed class SumAggregateType<TNodeGraph> : AggregateValuesType
    where TNodeGraph : IComplexGraphType
{
    public SumAggregateType() => AddFields(typeof(TNodeGraph), "sum", "SumAggregate", "sum");
}
