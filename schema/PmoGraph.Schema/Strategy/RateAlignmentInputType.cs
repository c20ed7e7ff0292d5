using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class RateAlignmentInputType : InputObjectGraphType<RateAlignmentInput>
{
    public RateAlignmentInputType()
    {
        Name = "RateAlignmentInput";
        Description = "How strongly a project serves one business driver or one strategic objective, replacing any earlier rating.";
        Field(i => i.ProjectId).Description("The project rated.");
        Field(i => i.DriverId, nullable: true).Description("The business driver rated against; give this or objectiveId, not both.");
        Field(i => i.ObjectiveId, nullable: true).Description("The strategic objective rated against; give this or driverId, not both.");
        Field(i => i.Rating, type: typeof(NonNullGraphType<AlignmentRatingType>)).Description("How strongly the project serves it.");
        Field(i => i.Rationale, nullable: true).Description("Why the project is rated so, at most 2000 characters.");
        Field(i => i.Version, nullable: true)
            .Description("The version of the rating read; required when one exists (a ConcurrencyError otherwise), ignored for a new one.");
    }
}
