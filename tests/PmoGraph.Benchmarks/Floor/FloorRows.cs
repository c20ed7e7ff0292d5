namespace PmoGraph.Benchmarks.Floor;

// Rows as the floor reads them: decimals and dates as text (SQLite stores them so; PostgreSQL casts them), enums the stored name.
internal sealed record PageRow(long Id, string Code, string Name, string Stage, string BudgetAtCompletion, string Currency, string? PlannedFinish, string? ManagerName);

internal sealed record NamedRow(long Id, string Name, long ParentId);

internal sealed record ProjectRow(long Id, string Code, string Name, string Stage, long ProgramId);

internal sealed record MilestoneRow(long Id, string Name, string PlannedDate, string? ActualDate, long ProjectId);

internal sealed record RiskRow(long Id, string Title, string Exposure, string Status, long ProjectId);

internal sealed record ProjectDetailRow(
    long Id, string Code, string Name, string Stage, string BudgetAtCompletion, string? PlannedStart, string? PlannedFinish,
    long ProgramId, string ProgramName, long PortfolioId, string PortfolioName, string? ManagerName);

internal sealed record GroupRow(string PortfolioName, string Stage, long Count, decimal Budget);

internal sealed record SqliteGroupRow(string PortfolioName, string Stage, long Count, double Budget);
