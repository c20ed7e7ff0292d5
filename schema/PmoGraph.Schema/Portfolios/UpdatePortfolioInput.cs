using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Portfolios;

public sealed record UpdatePortfolioInput : UpdateInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public int? OwnerId { get; init; }
}
