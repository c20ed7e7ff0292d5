namespace PmoGraph.Schema.Strategy;

public sealed record UpdateDriverInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public bool IsActive { get; init; } = true;
}
