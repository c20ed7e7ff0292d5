using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class AlignmentRatingType : EnumerationGraphType<AlignmentRating>
{
    public AlignmentRatingType()
    {
        Name = "AlignmentRating";
        Description = "How strongly a project serves a business driver or objective: NONE, LOW, MODERATE, STRONG or EXTREME.";
    }
}
