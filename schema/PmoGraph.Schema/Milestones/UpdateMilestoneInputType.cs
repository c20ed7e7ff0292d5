using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Milestones;

public sealed class UpdateMilestoneInputType : UpdateInputType<UpdateMilestoneInput, Milestone>
{
    public UpdateMilestoneInputType()
        : base("UpdateMilestoneInput", "milestone", "New values for a milestone's plan, forecast and progress.")
    {
        Patch(i => i.Name, "The milestone's name, at most 200 characters.");
        Patch(i => i.PlannedDate, "The date the milestone is planned for.");
        Patch(i => i.BaselineDate, "The date in the approved baseline, if there is one.");
        Patch(i => i.ForecastDate, "The date the milestone is now forecast to be reached.");
        Patch(i => i.EarnedValueWeight,
                "Share of the project's earned value the milestone credits, from 0 to 1 with at most four decimals; the milestone has this or earnedValueAmount, not both (send the other as null to switch).")
            .InRange(0m, 1m, 4);
        Patch(i => i.EarnedValueAmount,
            "Earned value the milestone credits as an amount (0 or more); the milestone has this or earnedValueWeight, not both (send the other as null to switch). Money: at most 10^12 in magnitude, with at most two decimals.");
        Patch(i => i.PercentComplete, "Progress toward the milestone, 0 to 100 with at most two decimals; an achieved milestone stays at 100.")
            .InRange(0m, 100m, 2);
    }
}
