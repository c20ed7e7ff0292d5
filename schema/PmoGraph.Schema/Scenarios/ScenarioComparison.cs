namespace PmoGraph.Schema.Scenarios;

/// <summary>Scenarios side by side: their totals, and every project that was a candidate in any of them.</summary>
public sealed record ScenarioComparison(IReadOnlyList<PortfolioScenario> Scenarios, IReadOnlyList<ScenarioComparisonRow> Projects);
