using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// <c>{Type}GroupByInput</c>: one key of an aggregate's <c>groupBy</c>: <c>{ stage: true }</c>, or a field through a
/// reference, <c>{ sponsor: { department: { name: true } } }</c>.
/// </summary>
/// <typeparam name="TNodeGraph">The node graph type.</typeparam>
public sealed class GroupByInputType<TNodeGraph> : InputObjectGraphType
    where TNodeGraph : IComplexGraphType
{
    public GroupByInputType()
    {
        var model = QueryModel.Of(typeof(TNodeGraph));
        Name = model.Name + "GroupByInput";
        Description = $"A field to group {model.Name} rows by; set one field per element of the groupBy list.";
        foreach (var field in model.Fields.Where(f => f.OptIn.Kind != QueryFieldKind.List))
        {
            if (field.OptIn.Kind == QueryFieldKind.Reference)
            {
                Field(field.Name, typeof(GroupByInputType<>).MakeGenericType(field.OptIn.GraphType!)).Description($"Group by a field of {field.Name}.");
            }
            else
            {
                Field<BooleanGraphType>(field.Name).Description($"true: group by {field.Name}.");
            }
        }
    }
}
