using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

public sealed class UpdateObjectiveInputType : InputObjectGraphType<UpdateObjectiveInput>
{
    public UpdateObjectiveInputType()
    {
        Name = "UpdateObjectiveInput";
        Description = "New values for a node of the strategy tree; its code and level do not change.";
        Field(i => i.Id).Description("The goal, objective or key result to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if it changed since.");
        Field(i => i.Name).Description("The name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What it means for the organisation, at most 4000 characters.");
        Field(i => i.ParentId, nullable: true)
            .Description("The node above: none for a goal, a goal for an objective, an objective for a key result.");
        Field(i => i.Metric, nullable: true).Description("What a key result measures, at most 200 characters.");
        KeyResultMetricFields.Add(this);
    }
}
