namespace PmoGraph.Schema.Strategy;

public sealed record CreateObjectiveInput : IKeyResultMetrics
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public ObjectiveLevel Level { get; init; }
    public int? ParentId { get; init; }
    public string? Metric { get; init; }
    public decimal? Baseline { get; init; }
    public decimal? Target { get; init; }
    public decimal? Current { get; init; }
}
