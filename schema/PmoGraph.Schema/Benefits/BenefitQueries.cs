using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Benefits;

internal sealed class BenefitQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Benefit, BenefitType>("benefits").Description("All benefits of all projects.");
        query.ById<Benefit, BenefitType>("benefit").Description("A benefit by id.");
        query.Connection<BenefitMeasurement, BenefitMeasurementType>("benefitMeasurements").Description("All monthly benefit measurements.");
        query.ById<BenefitMeasurement, BenefitMeasurementType>("benefitMeasurement").Description("A benefit measurement by id.");
    }
}
