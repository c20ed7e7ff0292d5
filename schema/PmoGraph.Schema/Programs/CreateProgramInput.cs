namespace PmoGraph.Schema.Programs;

public sealed record CreateProgramInput
{
    public int PortfolioId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public int? ManagerId { get; init; }
}
