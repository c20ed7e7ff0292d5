using GraphQL.Types;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Compliance;

public sealed class PortfolioComplianceGapsType : ObjectGraphType<PortfolioComplianceGaps>
{
    public PortfolioComplianceGapsType()
    {
        Name = "PortfolioComplianceGaps";
        Description = "The PMO's compliance view of one portfolio: artefacts required and present over its projects (not archived), and each project with gaps.";
        Field(g => g.ProjectsAssessed).Description("Projects assessed (not archived, not cancelled).");
        Field(g => g.Required).Description("Mandatory artefacts required over those projects.");
        Field(g => g.Present).Description("How many of them are on file.");
        Field(g => g.Score, nullable: true).Description("present / required over the portfolio; null when nothing is required.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplianceAssessmentType>>>>("gaps")
            .Description("The projects missing at least one mandatory artefact, lowest score first.")
            .Resolve(context => context.Source.Gaps);
        this.Reference<PortfolioComplianceGaps, Portfolio, PortfolioType>("portfolio", g => g.PortfolioId).Description("The portfolio.");
    }
}
