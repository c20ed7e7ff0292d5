namespace PmoGraph.Schema.Programs;

public sealed record UpdateProgramInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public int? ManagerId { get; init; }
}
