using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class DriverWeightType : ObjectGraphType<DriverWeight>
{
    public DriverWeightType()
    {
        Name = "DriverWeight";
        Description = "An active business driver and its AHP weight.";
        Field<NonNullGraphType<BusinessDriverType>>("driver").Description("The driver.").Resolve(c => c.Source.Driver);
        Field(w => w.Weight).Description("The driver's weight: its share of the principal eigenvector; all weights sum to 1.");
    }
}
