namespace PmoGraph.Schema.Resources;

public sealed record AllocateResourceInput
{
    public int ResourceId { get; init; }
    public int ProjectId { get; init; }
    public DateOnly Month { get; init; }
    public decimal Hours { get; init; }
    public long? Version { get; init; }
}
