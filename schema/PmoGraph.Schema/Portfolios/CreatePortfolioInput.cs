namespace PmoGraph.Schema.Portfolios;

public sealed record CreatePortfolioInput
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public int? OwnerId { get; init; }
}
