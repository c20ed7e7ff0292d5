using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Milestones;

public sealed class UpdateMilestoneInputType : InputObjectGraphType<UpdateMilestoneInput>
{
    public UpdateMilestoneInputType()
    {
        Name = "UpdateMilestoneInput";
        Description = "New values for a milestone's plan, forecast and progress.";
        Field(i => i.Id).Description("The milestone to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the milestone changed since.");
        Field(i => i.Name).Description("The milestone's name, at most 200 characters.");
        Field(i => i.PlannedDate).Description("The date the milestone is planned for.");
        Field(i => i.BaselineDate, nullable: true).Description("The date in the approved baseline, if there is one.");
        Field(i => i.ForecastDate, nullable: true).Description("The date the milestone is now forecast to be reached.");
        Field(i => i.EarnedValueWeight, nullable: true)
            .Description("Share of the project's earned value the milestone credits, from 0 to 1 with at most four decimals; give this or earnedValueAmount, not both.")
            .InRange(0m, 1m, 4);
        Field(i => i.EarnedValueAmount, nullable: true)
            .Description("Earned value the milestone credits as an amount (0 or more); give this or earnedValueWeight, not both. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.PercentComplete).Description("Progress toward the milestone, 0 to 100 with at most two decimals; an achieved milestone stays at 100.")
            .InRange(0m, 100m, 2);
    }
}
