using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Milestones;

public sealed class AddMilestoneInputType : InputObjectGraphType<AddMilestoneInput>
{
    public AddMilestoneInputType()
    {
        Name = "AddMilestoneInput";
        Description = "A new milestone in a project's plan.";
        Field(i => i.ProjectId).Description("The project the milestone belongs to.");
        Field(i => i.Name).Description("The milestone's name, at most 200 characters.");
        Field(i => i.PlannedDate).Description("The date the milestone is planned for.");
        Field(i => i.BaselineDate, nullable: true).Description("The date in the approved baseline, if there is one.");
        Field(i => i.EarnedValueWeight, nullable: true)
            .Description("Share of the project's earned value the milestone credits, from 0 to 1 with at most four decimals; give this or earnedValueAmount, not both.")
            .InRange(0m, 1m, 4);
        Field(i => i.EarnedValueAmount, nullable: true)
            .Description("Earned value the milestone credits as an amount (0 or more) in the project's currency; give this or earnedValueWeight, not both. Money: at most 10^12 in magnitude, with at most two decimals.");
    }
}
