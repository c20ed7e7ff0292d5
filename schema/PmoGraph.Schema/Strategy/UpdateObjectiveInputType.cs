using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

public sealed class UpdateObjectiveInputType : UpdateInputType<UpdateObjectiveInput, StrategicObjective>
{
    public UpdateObjectiveInputType()
        : base("UpdateObjectiveInput", "goal, objective or key result", "New values for a node of the strategy tree; its code and level do not change.")
    {
        Patch(i => i.Name, "The name, at most 200 characters.");
        Patch(i => i.Description, "What it means for the organisation, at most 4000 characters.");
        Patch(i => i.ParentId, "The node above: none for a goal, a goal for an objective, an objective for a key result.");
        Patch(i => i.Metric, "What a key result measures, at most 200 characters.");
        KeyResultMetricFields.Add<UpdateObjectiveInput>((property, description) => Patch(property, description));
    }
}
