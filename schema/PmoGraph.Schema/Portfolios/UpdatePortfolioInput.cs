namespace PmoGraph.Schema.Portfolios;

public sealed record UpdatePortfolioInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public int? OwnerId { get; init; }
}
