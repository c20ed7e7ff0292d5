using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Compliance;

internal sealed class ComplianceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PortfolioComplianceGapsType>>>, IReadOnlyList<PortfolioComplianceGaps>>("complianceGaps")
            .Description("Methodology compliance gaps by portfolio: for each portfolio (or only one), its compliance score and the projects missing mandatory artefacts.")
            .Argument<IntGraphType>("portfolioId", "Only this portfolio.")
            .ResolveAsync(async context =>
            {
                var portfolioId = context.GetArgument<int?>("portfolioId");
                var db = context.RequestServices!.GetRequiredService<PmoDbContext>();
                var assessed = await ComplianceLoader.AssessAsync(
                    db, p => !p.IsArchived && p.Stage != LifecycleStage.Cancelled && (portfolioId == null || p.Program.PortfolioId == portfolioId), context.CancellationToken);
                return [.. assessed.GroupBy(a => a.PortfolioId).OrderBy(g => g.Key).Select(g =>
                {
                    var (required, present) = (g.Sum(a => a.Assessment.Required), g.Sum(a => a.Assessment.Present));
                    return new PortfolioComplianceGaps(g.Key, g.Count(), required, present, Evm.EarnedValueCalculator.Ratio(present, required),
                        [.. g.Select(a => a.Assessment).Where(a => a.Missing.Count > 0).OrderBy(a => a.Score).ThenBy(a => a.ProjectId)]);
                })];
            });
}
