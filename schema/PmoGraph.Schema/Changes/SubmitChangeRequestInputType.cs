using GraphQL.Types;

namespace PmoGraph.Schema.Changes;

public sealed class SubmitChangeRequestInputType : InputObjectGraphType<SubmitChangeRequestInput>
{
    public SubmitChangeRequestInputType()
    {
        Name = "SubmitChangeRequestInput";
        Description = "A request to change a baselined project's cost or schedule, submitted for decision.";
        Field(i => i.ProjectId).Description("The project to change; it must be baselined and still open.");
        Field(i => i.Title).Description("What changes, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("Why, and what it affects, at most 4000 characters.");
        Field(i => i.CostImpact).Description("Change to the budget at completion, in the project's currency (negative for a saving). Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.ScheduleImpactDays).Description("Calendar days the baseline finish moves (negative to finish earlier), within ±3650.");
    }
}
