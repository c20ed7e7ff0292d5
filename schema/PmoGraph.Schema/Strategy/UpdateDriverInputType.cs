using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

public sealed class UpdateDriverInputType : UpdateInputType<UpdateDriverInput, BusinessDriver>
{
    public UpdateDriverInputType()
        : base("UpdateDriverInput", "driver", "New values for a business driver.")
    {
        Patch(i => i.Name, "The driver's name, at most 200 characters.");
        Patch(i => i.Description, "What the driver rewards in a project, at most 4000 characters.");
        Patch(i => i.IsActive, "Whether the driver takes part in weighting and project valuation; changing it re-weighs the drivers.");
        Derives(d => d.Weight);
        Derives(d => d.WeightRevisionId);
    }
}
