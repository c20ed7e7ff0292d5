using GraphQL.Builders;
using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

/// <summary>
/// A key result's baseline, target and current value, declared once for the inputs that create and update objectives:
/// metrics are not money, so they carry four decimals, within the same magnitude bound.
/// </summary>
internal static class KeyResultMetricFields
{
    public static void Add<TInput>(InputObjectGraphType<TInput> input)
        where TInput : IKeyResultMetrics
    {
        Metric(input.Field(i => i.Baseline, nullable: true), "The metric's value when the key result was set.");
        Metric(input.Field(i => i.Target, nullable: true), "The metric's value the key result aims for.");
        Metric(input.Field(i => i.Current, nullable: true), "The metric's latest measured value.");
    }

    private static void Metric<TInput>(FieldBuilder<TInput, decimal?> field, string description) =>
        field.Description(description + " At most 10^12 in magnitude, with at most four decimals.")
            .InRange(-ValueRanges.MaxMoney, ValueRanges.MaxMoney, 4);
}
