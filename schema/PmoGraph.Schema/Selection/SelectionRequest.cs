namespace PmoGraph.Schema.Selection;

/// <summary>What to optimise: the candidates and the constraints the selection must meet.</summary>
public sealed record SelectionRequest
{
    public IReadOnlyList<int>? CandidateIds { get; init; }
    public int FiscalYearStartMonth { get; init; } = 1;
    public IReadOnlyList<FiscalYearBudget>? Budgets { get; init; }
    public decimal? TotalBudget { get; init; }
    public bool RespectCapacity { get; init; } = true;
    public IReadOnlyList<int>? ForceIn { get; init; }
    public IReadOnlyList<int>? ForceOut { get; init; }
    public double? TimeLimitSeconds { get; init; }
}
