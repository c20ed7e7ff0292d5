using GraphQL.Types;

namespace PmoGraph.Schema.Selection;

public sealed class FiscalYearBudgetType : InputObjectGraphType<FiscalYearBudget>
{
    public FiscalYearBudgetType()
    {
        Name = "FiscalYearBudgetInput";
        Description = "The money available to the selected candidates in one fiscal year, in the portfolio currency.";
        Field(b => b.FiscalYear).Description("The fiscal year, named by the calendar year it ends in (FY2027 runs April 2026 - March 2027 when it starts in April).");
        Field(b => b.Amount).Description("The most the selected candidates' budgeted cost in that year may add up to; not negative. Money: at most 10^12 in magnitude, with at most two decimals.");
    }
}
