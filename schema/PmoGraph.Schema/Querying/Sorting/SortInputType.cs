using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// HotChocolate's <c>{Type}SortInput</c>: one field per sortable column (a <c>SortEnumType</c>) or reference (the
/// target's sort input). Give one key per element of an <c>order</c> list: GraphQL.NET hands the fields of one
/// element over in the schema's field order, not in the order the query wrote them.
/// </summary>
/// <typeparam name="TNodeGraph">The node graph type (<c>ProjectType</c> gives <c>ProjectSortInput</c>).</typeparam>
public sealed class SortInputType<TNodeGraph> : InputObjectGraphType
    where TNodeGraph : IComplexGraphType
{
    public SortInputType()
    {
        var model = QueryModel.Of(typeof(TNodeGraph));
        Name = model.Name + "SortInput";
        Description = $"A sort key of {model.Name} rows; set one field per element of the order list.";
        foreach (var field in model.Fields.Where(f => f.OptIn.Sortable))
        {
            Field(field.Name, OperationInputTypes.SortTypeOf(field)).Description(field.Description ?? $"Sort by {field.Name}.");
        }
    }
}
