using GraphQL.Types;

namespace PmoGraph.Schema.Milestones;

public sealed class AchieveMilestoneInputType : InputObjectGraphType<AchieveMilestoneInput>
{
    public AchieveMilestoneInputType()
    {
        Name = "AchieveMilestoneInput";
        Description = "A milestone reached.";
        Field(i => i.Id).Description("The milestone reached.");
        Field(i => i.Version).Description("The version read; fails with a ConcurrencyError if the milestone changed since.");
        Field(i => i.ActualDate, nullable: true).Description("The date it was reached; today (UTC) when omitted.");
    }
}
