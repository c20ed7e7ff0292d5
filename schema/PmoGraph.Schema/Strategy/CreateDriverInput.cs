namespace PmoGraph.Schema.Strategy;

public sealed record CreateDriverInput
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
}
