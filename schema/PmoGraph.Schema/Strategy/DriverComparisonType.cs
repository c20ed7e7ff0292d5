using GraphQL.Types;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Strategy;

public sealed class DriverComparisonType : ObjectGraphType<DriverComparison>
{
    public DriverComparisonType()
    {
        Name = "DriverComparison";
        Description = "One pairwise judgement between two business drivers; the reciprocal judgement is implied, never stored.";
        Field(c => c.Id).Description("The comparison's id.");
        Field(c => c.Judgement).Description("How much more important the first driver is than the second, on Saaty's scale from 1/9 to 9 (1 is equal).").Filterable().Sortable();
        Field(c => c.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<DriverComparison, BusinessDriver, BusinessDriverType>("first", c => c.FirstDriverId).Description("The first driver of the pair.");
        this.Reference<DriverComparison, BusinessDriver, BusinessDriverType>("second", c => c.SecondDriverId).Description("The second driver of the pair.");
    }
}
