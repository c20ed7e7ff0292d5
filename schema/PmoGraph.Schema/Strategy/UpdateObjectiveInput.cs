using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

public sealed record UpdateObjectiveInput : UpdateInput, IKeyResultMetrics
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public int? ParentId { get; init; }
    public string? Metric { get; init; }
    public decimal? Baseline { get; init; }
    public decimal? Target { get; init; }
    public decimal? Current { get; init; }
}
