using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

public sealed record UpdateDriverInput : UpdateInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public bool? IsActive { get; init; }
}
