namespace PmoGraph.Schema.Financials;

public sealed record RecordFinancialsInput
{
    public int ProjectId { get; init; }
    public DateOnly Month { get; init; }
    public CostType CostType { get; init; }
    public decimal Budget { get; init; }
    public decimal Forecast { get; init; }
    public decimal Actual { get; init; }
    public long? Version { get; init; }
}
