using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Financials;

public sealed class FinancialLineType : ObjectGraphType<FinancialLine>
{
    public FinancialLineType()
    {
        Name = "FinancialLine";
        this.SensitiveType(SensitiveData.Financial);
        Description = "One project's money for one month and cost type, in the project's currency.";
        Field(f => f.Id).Description("The line's id.");
        Field(f => f.Month).Description("The month the line is for, as its first day.").Filterable().Sortable();
        Field(f => f.CostType, type: typeof(NonNullGraphType<CostTypeType>)).Description("Whether the money is capital (CAPEX) or operating (OPEX) expenditure.").Filterable();
        Field(f => f.Budget).Description("The budgeted amount for the month, in the project's currency.").Filterable().Sortable();
        Field(f => f.Forecast).Description("The amount currently forecast to be spent in the month, in the project's currency.").Filterable().Sortable();
        Field(f => f.Actual).Description("The amount actually spent in the month (actual cost), in the project's currency.").Filterable().Sortable();
        Field(f => f.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<FinancialLine, Project, ProjectType>("project", f => f.ProjectId).Description("The project the money is for.").Filterable(f => f.Project).Sortable(f => f.Project);
    }
}
