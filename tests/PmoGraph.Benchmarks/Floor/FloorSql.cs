using System.Globalization;
using PmoGraph.Benchmarks.Workload;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Benchmarks.Floor;

/// <summary>
/// The floor's hand-written statements on one store. Both read the same rows into the same records: on SQLite
/// decimals and dates are the TEXT it stores; on PostgreSQL they are cast to text (ids to bigint) in the statement,
/// so one writer serves both. Lists go to SQLite as Dapper's expanded <c>IN @ids</c> and to PostgreSQL as one array
/// parameter (<c>= ANY(@ids)</c>), as a developer writes each.
/// </summary>
internal sealed class FloorSql
{
    public required bool IsPostgres { get; init; }

    public required string PageCount { get; init; }

    public required string PageRows { get; init; }

    /// <summary>The page's budget bound as the store compares it: REAL on SQLite (decimals are TEXT), numeric on PostgreSQL.</summary>
    public required object PageMinimum { get; init; }

    public required string Portfolios { get; init; }

    public required Func<string, string, string, string> PagePerParent { get; init; }

    public required string ProgramColumns { get; init; }

    public required string ProjectColumns { get; init; }

    public required string MilestoneColumns { get; init; }

    public required string RiskColumns { get; init; }

    public required string ProjectById { get; init; }

    public required string MilestonesOfProject { get; init; }

    public required string RisksOfProject { get; init; }

    public required string AggregateTotals { get; init; }

    public required string AggregateGroups { get; init; }

    public static readonly FloorSql Sqlite = new()
    {
        IsPostgres = false,
        PageCount = "SELECT COUNT(*) FROM Project p WHERE p.Stage IN @stages AND CAST(p.BudgetAtCompletion AS REAL) >= @minimum",
        PageRows =
            """
            SELECT p.Id, p.Code, p.Name, p.Stage, p.BudgetAtCompletion, p.Currency, p.PlannedFinish, m.Name AS ManagerName
            FROM Project p LEFT JOIN People m ON m.Id = p.ManagerId
            WHERE p.Stage IN @stages AND CAST(p.BudgetAtCompletion AS REAL) >= @minimum
            ORDER BY CAST(p.BudgetAtCompletion AS REAL) DESC, p.Name, p.Id
            LIMIT @take
            """,
        PageMinimum = (double)QueryMix.PageMinimumBudget,
        Portfolios = "SELECT Id, Name, 0 AS ParentId FROM Portfolio ORDER BY Id LIMIT @take",
        PagePerParent = (columns, table, parentColumn) =>
            $"""
            SELECT {columns} FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY {parentColumn} ORDER BY Id) AS RowNumber FROM {table} WHERE {parentColumn} IN @ids)
            WHERE RowNumber <= @take ORDER BY {parentColumn}, Id
            """,
        ProgramColumns = "Id, Name, PortfolioId AS ParentId",
        ProjectColumns = "Id, Code, Name, Stage, ProgramId",
        MilestoneColumns = "Id, Name, PlannedDate, ActualDate, ProjectId",
        RiskColumns = "Id, Title, Exposure, Status, ProjectId",
        ProjectById =
            """
            SELECT p.Id, p.Code, p.Name, p.Stage, p.BudgetAtCompletion, p.PlannedStart, p.PlannedFinish,
                   g.Id AS ProgramId, g.Name AS ProgramName, f.Id AS PortfolioId, f.Name AS PortfolioName, m.Name AS ManagerName
            FROM Project p
            JOIN Program g ON g.Id = p.ProgramId
            JOIN Portfolio f ON f.Id = g.PortfolioId
            LEFT JOIN People m ON m.Id = p.ManagerId
            WHERE p.Id = @id
            """,
        MilestonesOfProject = "SELECT Id, Name, PlannedDate, ActualDate, ProjectId FROM Milestone WHERE ProjectId = @id ORDER BY Id LIMIT @take",
        RisksOfProject = "SELECT Id, Title, Exposure, Status, ProjectId FROM Risk WHERE ProjectId = @id ORDER BY Id LIMIT @take",
        AggregateTotals = "SELECT COUNT(*), TOTAL(CAST(BudgetAtCompletion AS REAL)) FROM Project WHERE Stage <> @excluded",
        AggregateGroups =
            $"""
            SELECT f.Name AS PortfolioName, p.Stage, COUNT(*) AS Count, TOTAL(CAST(p.BudgetAtCompletion AS REAL)) AS Budget
            FROM Project p
            JOIN Program g ON g.Id = p.ProgramId
            JOIN Portfolio f ON f.Id = g.PortfolioId
            WHERE p.Stage <> @excluded
            GROUP BY f.Name, p.Stage
            ORDER BY f.Name, {StageOrder("p.Stage")}
            """,
    };

    public static readonly FloorSql Postgres = new()
    {
        IsPostgres = true,
        PageCount = """SELECT COUNT(*) FROM "Project" p WHERE p."Stage" = ANY(@stages) AND p."BudgetAtCompletion" >= @minimum""",
        PageRows =
            """
            SELECT p."Id"::bigint AS "Id", p."Code", p."Name", p."Stage", p."BudgetAtCompletion"::text AS "BudgetAtCompletion",
                   p."Currency", p."PlannedFinish"::text AS "PlannedFinish", m."Name" AS "ManagerName"
            FROM "Project" p LEFT JOIN "People" m ON m."Id" = p."ManagerId"
            WHERE p."Stage" = ANY(@stages) AND p."BudgetAtCompletion" >= @minimum
            ORDER BY p."BudgetAtCompletion" DESC, p."Name", p."Id"
            LIMIT @take
            """,
        PageMinimum = QueryMix.PageMinimumBudget,
        Portfolios = """SELECT "Id"::bigint AS "Id", "Name", 0::bigint AS "ParentId" FROM "Portfolio" ORDER BY "Id" LIMIT @take""",
        PagePerParent = (columns, table, parentColumn) =>
            $"""
            SELECT {columns} FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY "{parentColumn}" ORDER BY "Id") AS row_number FROM "{table}" WHERE "{parentColumn}" = ANY(@ids)) AS page
            WHERE row_number <= @take ORDER BY "{parentColumn}", "Id"
            """,
        ProgramColumns = """ "Id"::bigint AS "Id", "Name", "PortfolioId"::bigint AS "ParentId" """,
        ProjectColumns = """ "Id"::bigint AS "Id", "Code", "Name", "Stage", "ProgramId"::bigint AS "ProgramId" """,
        MilestoneColumns = MilestoneColumnsPostgres,
        RiskColumns = RiskColumnsPostgres,
        ProjectById =
            """
            SELECT p."Id"::bigint AS "Id", p."Code", p."Name", p."Stage", p."BudgetAtCompletion"::text AS "BudgetAtCompletion",
                   p."PlannedStart"::text AS "PlannedStart", p."PlannedFinish"::text AS "PlannedFinish",
                   g."Id"::bigint AS "ProgramId", g."Name" AS "ProgramName", f."Id"::bigint AS "PortfolioId", f."Name" AS "PortfolioName",
                   m."Name" AS "ManagerName"
            FROM "Project" p
            JOIN "Program" g ON g."Id" = p."ProgramId"
            JOIN "Portfolio" f ON f."Id" = g."PortfolioId"
            LEFT JOIN "People" m ON m."Id" = p."ManagerId"
            WHERE p."Id" = @id
            """,
        MilestonesOfProject = $"""SELECT {MilestoneColumnsPostgres} FROM "Milestone" WHERE "ProjectId" = @id ORDER BY "Id" LIMIT @take""",
        RisksOfProject = $"""SELECT {RiskColumnsPostgres} FROM "Risk" WHERE "ProjectId" = @id ORDER BY "Id" LIMIT @take""",
        AggregateTotals = """SELECT COUNT(*), COALESCE(SUM("BudgetAtCompletion"), 0) FROM "Project" WHERE "Stage" <> @excluded""",
        AggregateGroups =
            $"""
            SELECT f."Name" AS "PortfolioName", p."Stage", COUNT(*) AS "Count", SUM(p."BudgetAtCompletion") AS "Budget"
            FROM "Project" p
            JOIN "Program" g ON g."Id" = p."ProgramId"
            JOIN "Portfolio" f ON f."Id" = g."PortfolioId"
            WHERE p."Stage" <> @excluded
            GROUP BY f."Name", p."Stage"
            ORDER BY f."Name", {StageOrder("p.\"Stage\"")}
            """,
    };

    private const string MilestoneColumnsPostgres =
        """ "Id"::bigint AS "Id", "Name", "PlannedDate"::text AS "PlannedDate", "ActualDate"::text AS "ActualDate", "ProjectId"::bigint AS "ProjectId" """;

    private const string RiskColumnsPostgres =
        """ "Id"::bigint AS "Id", "Title", "Exposure"::text AS "Exposure", "Status", "ProjectId"::bigint AS "ProjectId" """;

    /// <summary>Stages sort in lifecycle order (Idea first), as GraphQL enum values do, not alphabetically.</summary>
    private static string StageOrder(string column) => $"CASE {column} " + string.Concat(
        Enum.GetValues<LifecycleStage>().Select(stage => string.Create(CultureInfo.InvariantCulture, $"WHEN '{stage}' THEN {(int)stage} "))) + "END";
}
