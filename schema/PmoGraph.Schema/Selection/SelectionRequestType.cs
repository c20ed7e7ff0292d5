using GraphQL.Types;

namespace PmoGraph.Schema.Selection;

public sealed class SelectionRequestType : InputObjectGraphType<SelectionRequest>
{
    public SelectionRequestType()
    {
        Name = "PortfolioSelectionInput";
        Description = "The candidate projects and the constraints a portfolio selection must meet.";
        Field(r => r.CandidateIds, nullable: true)
            .Description("The projects to choose from; by default every project not archived in stage IDEA or PROPOSED.");
        Field(r => r.FiscalYearStartMonth).DefaultValue(1).Description("The month (1-12) a fiscal year starts in; a fiscal year is named by the calendar year it ends in.");
        Field(r => r.Budgets, type: typeof(ListGraphType<NonNullGraphType<FiscalYearBudgetType>>))
            .Description("Budget per fiscal year for the selected candidates, against their financial plans (budget per month); years not listed are not limited.");
        Field(r => r.TotalBudget, nullable: true).Description("A limit on the selected candidates' cost over all years together. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(r => r.RespectCapacity).DefaultValue(true)
            .Description("Whether the candidates' allocations must fit each role's capacity per month, after the hours already booked by approved and running projects.");
        Field(r => r.ForceIn, nullable: true).Description("Candidates that must be selected.");
        Field(r => r.ForceOut, nullable: true).Description("Candidates that must not be selected.");
        Field(r => r.TimeLimitSeconds, nullable: true)
            .Description("How long the solver may search (configuration Selection: default 10 s, at most 120 s); at the limit it returns its best selection and the gap to the proven bound.");
    }
}
