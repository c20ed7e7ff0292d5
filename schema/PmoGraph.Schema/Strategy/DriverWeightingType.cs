using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class DriverWeightingType : ObjectGraphType<DriverWeighting>
{
    public DriverWeightingType()
    {
        Name = "DriverWeighting";
        Description = "The business drivers' weights by AHP from the pairwise judgements, and how consistent those judgements are.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DriverWeightType>>>>("drivers").Description("Each active driver's weight, in id order.").Resolve(c => c.Source.Drivers);
        Field<NonNullGraphType<FloatGraphType>>("lambdaMax").Description("The principal eigenvalue of the comparison matrix (n when perfectly consistent).").Resolve(c => c.Source.Ahp.LambdaMax);
        Field<NonNullGraphType<FloatGraphType>>("consistencyIndex").Description("CI = (lambdaMax - n) / (n - 1).").Resolve(c => c.Source.Ahp.ConsistencyIndex);
        Field<NonNullGraphType<FloatGraphType>>("randomIndex").Description("Saaty's random index RI for n drivers.").Resolve(c => c.Source.Ahp.RandomIndex);
        Field<NonNullGraphType<FloatGraphType>>("consistencyRatio").Description("CR = CI / RI; above 0.1 the judgements are inconsistent and should be revisited.").Resolve(c => c.Source.Ahp.ConsistencyRatio);
        Field<NonNullGraphType<BooleanGraphType>>("isConsistent").Description("Whether the consistency ratio is at most 0.1 (Saaty's rule).").Resolve(c => c.Source.Ahp.IsConsistent);
        Field(w => w.MissingJudgements).Description("Pairs of active drivers never judged; each counts as equal importance (1).");
    }
}
