using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

public sealed class CreateObjectiveInputType : InputObjectGraphType<CreateObjectiveInput>
{
    public CreateObjectiveInputType()
    {
        Name = "CreateObjectiveInput";
        Description = "A new node of the strategy tree: a goal, an objective under a goal, or a key result under an objective.";
        Field(i => i.Code).Description("A short unique code: capital letters, digits, '-' and '_', at most 32 characters.");
        Field(i => i.Name).Description("The name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What it means for the organisation, at most 4000 characters.");
        Field(i => i.Level, type: typeof(NonNullGraphType<ObjectiveLevelType>)).Description("Goal, objective or key result.");
        Field(i => i.ParentId, nullable: true)
            .Description("The node above: none for a goal, a goal for an objective, an objective for a key result.");
        Field(i => i.Metric, nullable: true).Description("What a key result measures, at most 200 characters.");
        KeyResultMetricFields.Add(this);
    }
}
