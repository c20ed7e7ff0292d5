using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Risks;

public sealed record UpdateRiskInput : UpdateInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public decimal? Probability { get; init; }
    public int? Impact { get; init; }
    public decimal? CostImpact { get; init; }
    public int? OwnerId { get; init; }
    public string? Mitigation { get; init; }
    public RiskStatus? Status { get; init; }
}
