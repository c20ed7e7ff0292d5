using PmoGraph.Schema.Selection;

namespace PmoGraph.Schema.Scenarios;

public sealed record SaveScenarioInput
{
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public SelectionRequest Selection { get; init; } = new();
}
