using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Programs;

public sealed record UpdateProgramInput : UpdateInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public int? ManagerId { get; init; }
}
