using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Selection;

public sealed class FrontierPointType : ObjectGraphType<FrontierPoint>
{
    public FrontierPointType()
    {
        Name = "FrontierPoint";
        Description = "A point of the efficient frontier: the best value a total budget buys under the other constraints.";
        Field(p => p.Budget).Description("The total budget over all years at this point.").Sensitive(SensitiveData.Financial);
        Field(p => p.Status, type: typeof(NonNullGraphType<SelectionStatusType>)).Description("What the solver proved at this point.");
        Field(p => p.Value).Description("The best total strategic value found.");
        Field(p => p.Cost).Description("What that selection costs (at most the budget).").Sensitive(SensitiveData.Financial);
        Field(p => p.BestBound, nullable: true).Description("The proven upper bound on value at this budget.");
        Field(p => p.Projects).Description("How many projects the selection holds.");
    }
}
