namespace PmoGraph.Schema.Projects;

public sealed record CreateProjectInput
{
    public int ProgramId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public int? SponsorId { get; init; }
    public int? ManagerId { get; init; }
    public int? DepartmentId { get; init; }
    public DateOnly? PlannedStart { get; init; }
    public DateOnly? PlannedFinish { get; init; }
    public decimal BudgetAtCompletion { get; init; }
    public string Currency { get; init; } = "";
    public EarnedValueMethod EarnedValueMethod { get; init; }
    public int Priority { get; init; }
}
