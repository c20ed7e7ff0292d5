using System.Linq.Expressions;
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
        where TInput : IKeyResultMetrics =>
        Add<TInput>((property, description) => input.Field(property, nullable: true).Description(description));

    /// <summary>Declares the three fields through <paramref name="declare"/> (an update's optional fields).</summary>
    public static void Add<TInput>(Func<Expression<Func<TInput, decimal?>>, string, FieldBuilder<TInput, decimal?>> declare)
        where TInput : IKeyResultMetrics
    {
        Metric(declare, i => i.Baseline, "The metric's value when the key result was set.");
        Metric(declare, i => i.Target, "The metric's value the key result aims for.");
        Metric(declare, i => i.Current, "The metric's latest measured value.");
    }

    private static void Metric<TInput>(
        Func<Expression<Func<TInput, decimal?>>, string, FieldBuilder<TInput, decimal?>> declare, Expression<Func<TInput, decimal?>> property, string description) =>
        declare(property, description + " At most 10^12 in magnitude, with at most four decimals.")
            .InRange(-ValueRanges.MaxMoney, ValueRanges.MaxMoney, 4);
}
