using GraphQL.Builders;

namespace PmoGraph.Schema.Mutations;

public static class InputRangeExtensions
{
    /// <summary>
    /// Bounds a decimal input field to <paramref name="min"/>..<paramref name="max"/> with at most
    /// <paramref name="decimals"/> decimals; without this a decimal input is money (<see cref="ValueRanges.Money"/>).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> InRange<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, decimal min, decimal max, int decimals) =>
        InputRange.Declare(field, min, max, decimals);
}
