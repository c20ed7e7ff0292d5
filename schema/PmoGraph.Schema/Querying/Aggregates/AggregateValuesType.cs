using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Querying;

/// <summary>One aggregate (sum, average, minimum or maximum) of each field it applies to, read from a dictionary by field name.</summary>
public abstract class AggregateValuesType : ObjectGraphType<IReadOnlyDictionary<string, object?>>
{
    private protected void AddFields(Type nodeGraphType, string operation, string suffix, string verb)
    {
        var model = QueryModel.Of(nodeGraphType);
        Name = model.Name + suffix;
        Description = $"The {verb} of each field over the rows; null when no row has a value.";
        foreach (var plan in AggregateQuery.Plan(model).Where(p => p.Operation == operation))
        {
            var name = plan.Field.Name;
            var type = operation is "min" or "max" ? ScalarGraphTypes.Of(plan.Field) : ScalarGraphTypes.OfClr(AggregateQuery.ResultType(operation, plan.Field));
            var field = Field(name, type)
                .Description($"The {verb} of {name}.")
                .Resolve(context => context.Source.TryGetValue(name, out var value) ? value : null);
            if (plan.Field.Sensitivity is { } kind)
            {
                field.Sensitive(kind); // a sum reveals as much as the values
            }
        }
    }
}
