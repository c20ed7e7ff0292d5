using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// <c>{Type}GroupKey</c>: the key of an aggregate group, shaped like the <c>groupBy</c> input; fields not grouped by are null.
/// </summary>
/// <typeparam name="TNodeGraph">The node graph type.</typeparam>
public sealed class GroupKeyType<TNodeGraph> : ObjectGraphType<IReadOnlyDictionary<string, object?>>
    where TNodeGraph : IComplexGraphType
{
    public GroupKeyType()
    {
        var model = QueryModel.Of(typeof(TNodeGraph));
        Name = model.Name + "GroupKey";
        Description = $"The values a group of {model.Name} rows shares.";
        foreach (var field in model.Fields.Where(f => f.OptIn.Kind != QueryFieldKind.List))
        {
            var name = field.Name;
            var type = field.OptIn.Kind == QueryFieldKind.Reference
                ? typeof(GroupKeyType<>).MakeGenericType(field.OptIn.GraphType!)
                : ScalarGraphTypes.Of(field);
            var key = Field(name, type)
                .Description(field.Description ?? $"The group's {name}.")
                .Resolve(context => context.Source.TryGetValue(name, out var value) ? value : null);
            if (field.Sensitivity is { } kind)
            {
                key.Sensitive(kind);
            }
        }
    }
}
