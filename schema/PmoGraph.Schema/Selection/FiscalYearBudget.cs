namespace PmoGraph.Schema.Selection;

/// <summary>The money available to the candidates in one fiscal year.</summary>
public sealed record FiscalYearBudget
{
    public int FiscalYear { get; init; }
    public decimal Amount { get; init; }
}
