using GraphQL.Types;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Programs;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Portfolios;

public sealed class PortfolioType : ObjectGraphType<Portfolio>
{
    public PortfolioType()
    {
        Name = "Portfolio";
        Description = "A collection of programs managed together toward the organisation's strategy.";
        Field(p => p.Id).Description("The portfolio's id.");
        Field(p => p.Code).Description("The portfolio's short unique code.").Filterable().Sortable();
        Field(p => p.Name).Description("The portfolio's name.").Filterable().Sortable();
        Field(p => p.Description, nullable: true).Description("What the portfolio is for.");
        Field(p => p.IsArchived).Description("Whether the portfolio has been archived.").Filterable().Sortable();
        Field(p => p.Version).Description("Concurrency version; send it back with an update.");
        this.EarnedValue(EvmScope.Portfolio);
        this.OptionalReference<Portfolio, Person, PersonType>("owner", p => p.OwnerId).Description("The person accountable for the portfolio.").Filterable(p => p.Owner).Sortable(p => p.Owner);
        this.Children<Portfolio, Program, ProgramType>("programs", p => p.PortfolioId).Description("The programs in the portfolio.").Filterable(p => p.Programs);
    }
}
