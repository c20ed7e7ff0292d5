using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class CompareDriversInputType : InputObjectGraphType<CompareDriversInput>
{
    public CompareDriversInputType()
    {
        Name = "CompareDriversInput";
        Description = "A pairwise judgement of two business drivers, replacing any earlier judgement of the pair.";
        Field(i => i.FirstDriverId).Description("The driver judged.");
        Field(i => i.SecondDriverId).Description("The driver it is judged against; not the first one.");
        Field(i => i.Judgement)
            .Description("How much more important the first driver is than the second on Saaty's scale: 1 to 9, or 1/2 to 1/9 when it is less important.");
        Field(i => i.Version, nullable: true)
            .Description("The version of the pair's comparison read; required when one exists (a ConcurrencyError otherwise), ignored for a new one.");
    }
}
