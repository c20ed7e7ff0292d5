using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// HotChocolate's <c>{Type}FilterInput</c> for a node graph type: <c>and</c>/<c>or</c> lists of itself and one field
/// per field the node type opted in with <see cref="QueryableFieldExtensions"/>.
/// </summary>
/// <typeparam name="TNodeGraph">The node graph type (<c>ProjectType</c> gives <c>ProjectFilterInput</c>).</typeparam>
public sealed class FilterInputType<TNodeGraph> : InputObjectGraphType
    where TNodeGraph : IComplexGraphType
{
    public FilterInputType()
    {
        var model = QueryModel.Of(typeof(TNodeGraph));
        Name = model.Name + "FilterInput";
        Description = $"Conditions on a {model.Name}; all given must hold.";
        Field<ListGraphType<NonNullGraphType<FilterInputType<TNodeGraph>>>>("and").Description("All of these conditions hold. An empty list sets no condition.");
        Field<ListGraphType<NonNullGraphType<FilterInputType<TNodeGraph>>>>("or").Description("At least one of these conditions holds. An empty list sets no condition, as in HotChocolate.Data.");
        foreach (var field in model.Fields.Where(f => f.OptIn.Filterable))
        {
            Field(field.Name, OperationInputTypes.FilterTypeOf(field)).Description(field.Description ?? $"Conditions on {field.Name}.");
        }
    }
}
