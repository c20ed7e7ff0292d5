using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Scenarios;

/// <summary>A portfolio selection run: its constraints, the chosen projects and how good the choice is proven to be.</summary>
public sealed class PortfolioScenario : VersionedEntity
{
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>The constraints the run was solved under, as JSON (budgets per year, capacity, forced projects).</summary>
    public required string Constraints { get; set; }
    public ScenarioStatus Status { get; set; }
    public decimal TotalValue { get; set; }
    public decimal TotalCost { get; set; }

    /// <summary>The solver's proven upper bound on value; equal to <see cref="TotalValue"/> when optimal.</summary>
    public decimal? BestBound { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CommittedAt { get; set; }
    public List<ScenarioProject> Projects { get; set; } = [];
}
