namespace PmoGraph.Schema.Selection;

/// <summary>One fiscal year's budget and what the optimal and greedy selections spend in it.</summary>
public sealed record BudgetUse(int FiscalYear, decimal? Limit, decimal OptimalSpend, decimal GreedySpend, decimal CandidateDemand);
