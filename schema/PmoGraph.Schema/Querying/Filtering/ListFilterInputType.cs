using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>HotChocolate's <c>ListFilterInputTypeOf{Type}FilterInput</c> for a one-to-many navigation.</summary>
/// <typeparam name="TNodeGraph">The child node graph type.</typeparam>
public sealed class ListFilterInputType<TNodeGraph> : InputObjectGraphType
    where TNodeGraph : IComplexGraphType
{
    public ListFilterInputType()
    {
        var model = QueryModel.Of(typeof(TNodeGraph));
        Name = $"ListFilterInputTypeOf{model.Name}FilterInput";
        Description = $"Conditions on a list of {model.Name} rows.";
        Field<FilterInputType<TNodeGraph>>("all").Description("Every row of the list matches (true for an empty list).");
        Field<FilterInputType<TNodeGraph>>("none").Description("No row of the list matches.");
        Field<FilterInputType<TNodeGraph>>("some").Description("At least one row of the list matches.");
        Field<BooleanGraphType>("any").Description("true: the list has rows; false: it is empty.");
    }
}
