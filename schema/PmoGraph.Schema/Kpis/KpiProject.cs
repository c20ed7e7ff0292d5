namespace PmoGraph.Schema.Kpis;

/// <summary>What the KPIs need of one project, up to the end of the period measured.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="ProgramId">Its program.</param>
/// <param name="PortfolioId">Its program's portfolio.</param>
/// <param name="DepartmentId">Its owning department, if any.</param>
/// <param name="PlannedFinish">The baseline finish, else the planned finish.</param>
/// <param name="BaselineFinish">The baseline finish, if baselined.</param>
/// <param name="ActualFinish">When the project finished, if it has.</param>
/// <param name="BudgetAtCompletion">The BAC.</param>
/// <param name="ActualCost">Actual cost to the end of the period.</param>
/// <param name="BenefitsPlanned">Benefit value planned to be realised to the end of the period.</param>
/// <param name="BenefitsRealised">Benefit value realised to the end of the period.</param>
/// <param name="PlannedValue">EVM planned value at the end of the period.</param>
/// <param name="EarnedValue">EVM earned value at the end of the period.</param>
public sealed record KpiProject(
    int Id,
    int ProgramId,
    int PortfolioId,
    int? DepartmentId,
    DateOnly? PlannedFinish,
    DateOnly? BaselineFinish,
    DateOnly? ActualFinish,
    decimal BudgetAtCompletion,
    decimal ActualCost,
    decimal BenefitsPlanned,
    decimal BenefitsRealised,
    decimal PlannedValue,
    decimal EarnedValue);
