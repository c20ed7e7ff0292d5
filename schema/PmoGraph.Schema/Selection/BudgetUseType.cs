using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Selection;

public sealed class BudgetUseType : ObjectGraphType<BudgetUse>
{
    public BudgetUseType()
    {
        Name = "BudgetUse";
        Description = "One fiscal year: its budget for the candidates and what each selection spends in it.";
        Field(b => b.FiscalYear).Description("The fiscal year, named by the calendar year it ends in.");
        Field(b => b.Limit, nullable: true).Description("The budget given for the year; null when the year is not limited.").Sensitive(SensitiveData.Financial);
        Field(b => b.OptimalSpend).Description("The optimal selection's budgeted cost in the year.").Sensitive(SensitiveData.Financial);
        Field(b => b.GreedySpend).Description("The greedy selection's budgeted cost in the year.").Sensitive(SensitiveData.Financial);
        Field(b => b.CandidateDemand).Description("Every candidate's budgeted cost in the year together.").Sensitive(SensitiveData.Financial);
    }
}
