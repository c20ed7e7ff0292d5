using System.Globalization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// The bounds of a decimal input field: <see cref="Min"/> to <see cref="Max"/> with at most <see cref="Decimals"/>
/// decimals. A decimal field without one is money (<see cref="ValueRanges.Money"/>).
/// </summary>
public sealed record InputRange(decimal Min, decimal Max, int Decimals)
{
    private const string MetadataKey = "pmo:inputRange";

    public bool Contains(decimal value) => value >= Min && value <= Max && decimal.Round(value, Decimals) == value;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"from {Min:0.##########} to {Max:0.##########} with at most {Decimals} decimals");

    /// <summary>The range declared on <paramref name="field"/>, or money's.</summary>
    public static InputRange Of(FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata<InputRange?>(MetadataKey) ?? ValueRanges.Money;
    }

    /// <summary>Declares a decimal field's natural bounds (a probability, a percentage, hours), instead of money's.</summary>
    public static FieldBuilder<TSource, TReturn> Declare<TSource, TReturn>(FieldBuilder<TSource, TReturn> field, decimal min, decimal max, int decimals)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.WithMetadata(MetadataKey, new InputRange(min, max, decimals));
        return field;
    }
}
