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
        Field(i => i.Baseline, nullable: true).Description("The metric's value when the key result was set. At most 10^12 in magnitude, with at most four decimals.")
            .InRange(-ValueRanges.MaxMoney, ValueRanges.MaxMoney, 4);
        Field(i => i.Target, nullable: true).Description("The metric's value the key result aims for. At most 10^12 in magnitude, with at most four decimals.")
            .InRange(-ValueRanges.MaxMoney, ValueRanges.MaxMoney, 4);
        Field(i => i.Current, nullable: true).Description("The metric's latest measured value. At most 10^12 in magnitude, with at most four decimals.")
            .InRange(-ValueRanges.MaxMoney, ValueRanges.MaxMoney, 4);
    }
}
