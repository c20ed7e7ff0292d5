using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary><c>{Type}AggregateGroup</c>: the key a group of rows shares and its aggregates.</summary>
/// <typeparam name="TNodeGraph">The node graph type.</typeparam>
public sealed class AggregateGroupType<TNodeGraph> : ObjectGraphType<AggregateGroup>
    where TNodeGraph : IComplexGraphType
{
    public AggregateGroupType()
    {
        var model = QueryModel.Of(typeof(TNodeGraph));
        Name = model.Name + "AggregateGroup";
        Description = $"A group of {model.Name} rows sharing the values of the groupBy fields.";
        Field<NonNullGraphType<GroupKeyType<TNodeGraph>>, IReadOnlyDictionary<string, object?>>("key")
            .Description("The values the group's rows share.")
            .Resolve(context => context.Source.Key);
        AggregateType<TNodeGraph>.AddValues(this, model, context => context.Source.Values);
    }
}
