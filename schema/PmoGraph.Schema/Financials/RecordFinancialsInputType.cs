using GraphQL.Types;

namespace PmoGraph.Schema.Financials;

public sealed class RecordFinancialsInputType : InputObjectGraphType<RecordFinancialsInput>
{
    public RecordFinancialsInputType()
    {
        Name = "RecordFinancialsInput";
        Description = "A project's budget, forecast and actual cost for one month and cost type.";
        Field(i => i.ProjectId).Description("The project.");
        Field(i => i.Month).Description("The month, as its first day.");
        Field(i => i.CostType, type: typeof(NonNullGraphType<CostTypeType>)).Description("Capital or operating expenditure.");
        Field(i => i.Budget).Description("The budget for the month, 0 or more, in the project's currency. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.Forecast).Description("The forecast cost for the month, 0 or more. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.Actual).Description("The actual cost for the month, 0 or more. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.Version, nullable: true)
            .Description("The version of the line read; required when the line already exists (a ConcurrencyError otherwise), ignored for a new line.");
    }
}
