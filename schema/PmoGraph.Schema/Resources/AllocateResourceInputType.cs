using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Resources;

public sealed class AllocateResourceInputType : InputObjectGraphType<AllocateResourceInput>
{
    public AllocateResourceInputType()
    {
        Name = "AllocateResourceInput";
        Description = "The hours a resource is booked on a project in a month, replacing any earlier booking.";
        Field(i => i.ResourceId).Description("The person or generic role booked.");
        Field(i => i.ProjectId).Description("The project booked on.");
        Field(i => i.Month).Description("The month, as its first day.");
        Field(i => i.Hours).Description("Hours booked in the month, 0 or more, at most 1,000,000 with at most two decimals; 0 removes the booking.")
            .InRange(-1_000_000m, 1_000_000m, 2);
        Field(i => i.Version, nullable: true)
            .Description("The version of the booking read; required when one exists (a ConcurrencyError otherwise), ignored for a new one.");
    }
}
