using GraphQL.Types;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Programs;

public sealed class ProgramType : ObjectGraphType<Program>
{
    public ProgramType()
    {
        Name = "Program";
        Description = "A group of related projects managed together for benefits none of them delivers alone.";
        Field(p => p.Id).Description("The program's id.");
        Field(p => p.Code).Description("The program's short unique code.").Filterable().Sortable();
        Field(p => p.Name).Description("The program's name.").Filterable().Sortable();
        Field(p => p.Description, nullable: true).Description("What the program is for.");
        Field(p => p.IsArchived).Description("Whether the program has been archived.").Filterable().Sortable();
        Field(p => p.Version).Description("Concurrency version; send it back with an update.");
        this.EarnedValue(EvmScope.Program);
        this.Reference<Program, Portfolio, PortfolioType>("portfolio", p => p.PortfolioId).Description("The portfolio the program belongs to.").Filterable(p => p.Portfolio).Sortable(p => p.Portfolio);
        this.OptionalReference<Program, Person, PersonType>("manager", p => p.ManagerId).Description("The program manager.").Filterable(p => p.Manager).Sortable(p => p.Manager);
        this.Children<Program, Project, ProjectType>("projects", p => p.ProgramId).Description("The program's projects.").Filterable(p => p.Projects);
    }
}
