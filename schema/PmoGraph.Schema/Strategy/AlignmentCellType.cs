using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class AlignmentCellType : ObjectGraphType<AlignmentCell>
{
    public AlignmentCellType()
    {
        Name = "AlignmentCell";
        Description = "A project's rating against one driver in the alignment matrix.";
        Field<NonNullGraphType<BusinessDriverType>>("driver").Description("The driver.").Resolve(c => c.Source.Driver);
        Field(c => c.Rating, type: typeof(NonNullGraphType<AlignmentRatingType>)).Description("The rating; NONE where the project is not rated.");
        Field(c => c.Score).Description("The rating's score (configuration Alignment; defaults NONE 0, LOW 1, MODERATE 3, STRONG 5, EXTREME 9).");
        Field(c => c.WeightedScore).Description("The driver's weight x the score: this cell's part of the project's strategic value.");
    }
}
