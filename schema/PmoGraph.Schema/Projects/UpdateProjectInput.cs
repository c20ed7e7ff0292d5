using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Projects;

public sealed record UpdateProjectInput : UpdateInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public int? SponsorId { get; init; }
    public int? ManagerId { get; init; }
    public int? DepartmentId { get; init; }
    public DateOnly? PlannedStart { get; init; }
    public DateOnly? PlannedFinish { get; init; }
    public DateOnly? ForecastStart { get; init; }
    public DateOnly? ForecastFinish { get; init; }
    public decimal? BudgetAtCompletion { get; init; }
    public decimal? PercentComplete { get; init; }
    public DateOnly? StatusDate { get; init; }
    public EarnedValueMethod? EarnedValueMethod { get; init; }
    public int? Priority { get; init; }
}
