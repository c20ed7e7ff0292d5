using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Strategy;

public sealed class ObjectiveSpendType : ObjectGraphType<ObjectiveSpend>
{
    public ObjectiveSpendType()
    {
        Name = "ObjectiveSpend";
        Description = "The live portfolio's money behind one node of the strategy tree and the nodes below it.";
        Field<NonNullGraphType<StrategicObjectiveType>>("objective").Description("The goal, objective or key result.").Resolve(c => c.Source.Objective);
        Field(s => s.Projects).Description("Distinct live projects rated above NONE against it or a node below it.");
        Field(s => s.AlignedBudget).Description("Their budgets at completion, each counted once.").Sensitive(SensitiveData.Financial);
        Field(s => s.AllocatedBudget).Description("The shares of their budgets allocated here: each project's budget split over the nodes it is rated against in proportion to the scores, rolled up.").Sensitive(SensitiveData.Financial);
        Field(s => s.ActualCost).Description("Their actual cost to date, each counted once.").Sensitive(SensitiveData.Financial);
    }
}
