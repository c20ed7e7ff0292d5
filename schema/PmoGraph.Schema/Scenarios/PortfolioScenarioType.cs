using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Scenarios;

public sealed class PortfolioScenarioType : ObjectGraphType<PortfolioScenario>
{
    public PortfolioScenarioType()
    {
        Name = "PortfolioScenario";
        Description = "A portfolio selection run: its constraints, the candidate and chosen projects, and how good the choice is proven to be.";
        Field(s => s.Id).Description("The scenario's id.");
        Field(s => s.Name).Description("The scenario's name.");
        Field(s => s.Description, nullable: true).Description("What the scenario explores.");
        Field(s => s.Constraints).Description("The constraints the run was solved under, as JSON (budgets per year, capacity, forced projects).");
        Field(s => s.Status, type: typeof(NonNullGraphType<ScenarioStatusType>)).Description("The run's state.");
        Field(s => s.TotalValue).Description("The summed strategic value of the selected projects.").Sensitive(SensitiveData.Financial);
        Field(s => s.TotalCost).Description("The summed cost of the selected projects.").Sensitive(SensitiveData.Financial);
        Field(s => s.BestBound, nullable: true).Description("The solver's proven upper bound on total value; equal to totalValue when optimal.").Sensitive(SensitiveData.Financial);
        Field<FloatGraphType>("gap")
            .Description("(bestBound - totalValue) / bestBound: 0 when proven optimal, above 0 when the time limit stopped the proof; null without a bound.")
            .Resolve(c => c.Source.BestBound is { } bound && bound > 0 ? (double)((bound - c.Source.TotalValue) / bound) : c.Source.BestBound is not null ? 0 : null)
            .Reads(nameof(PortfolioScenario.BestBound), nameof(PortfolioScenario.TotalValue));
        Field(s => s.CreatedAt).Description("When the scenario was created (UTC).");
        Field(s => s.CommittedAt, nullable: true).Description("When the scenario was adopted as the portfolio (UTC); null if never.");
        Field(s => s.Version).Description("Concurrency version; send it back with an update.");
        this.Children<PortfolioScenario, ScenarioProject, ScenarioProjectType>("projects", p => p.ScenarioId).Description("The candidate projects and whether each was selected.");
    }
}
