using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Strategy;

public sealed class DriverSpendType : ObjectGraphType<DriverSpend>
{
    public DriverSpendType()
    {
        Name = "DriverSpend";
        Description = "The live portfolio's money behind one business driver.";
        Field<NonNullGraphType<BusinessDriverType>>("driver").Description("The driver.").Resolve(c => c.Source.Driver);
        Field(s => s.Weight).Description("The driver's AHP weight.");
        Field(s => s.Projects).Description("Live projects rated above NONE against the driver.");
        Field(s => s.AlignedBudget).Description("Their budgets at completion, each counted in full.").Sensitive(SensitiveData.Financial);
        Field(s => s.AllocatedBudget).Description("Their budgets split over each project's drivers in proportion to the scores (no double counting).").Sensitive(SensitiveData.Financial);
        Field(s => s.ActualCost).Description("Their actual cost to date, each counted in full.").Sensitive(SensitiveData.Financial);
    }
}
