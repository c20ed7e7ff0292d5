using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using PmoGraph.Benchmarks.Hosting;
using PmoGraph.Benchmarks.Workload;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Benchmarks.Floor;

/// <summary>
/// The floor: the SQL a careful developer writes by hand for each query of the mix, read with Dapper and written with
/// <see cref="Utf8JsonWriter"/> in exactly the JSON PmoGraph returns. One set-based statement per level, no ORM.
/// </summary>
internal sealed class FloorQueries(string connectionString, SqlStatementCounter sql)
{
    // Decimals are TEXT in the SQLite store; compare and sort them as numbers.
    private const string PageWhere = "p.Stage IN @stages AND CAST(p.BudgetAtCompletion AS REAL) >= @minimum";

    public async Task PageAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var arguments = new { stages = QueryMix.PageStages, minimum = (double)QueryMix.PageMinimumBudget, take = QueryMix.PageSize + 1 };
        sql.Add();
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM Project p WHERE {PageWhere}", arguments, cancellationToken: cancellationToken));
        sql.Add();
        var rows = (await connection.QueryAsync<PageRow>(new CommandDefinition(
            $"""
            SELECT p.Id, p.Code, p.Name, p.Stage, p.BudgetAtCompletion, p.Currency, p.PlannedFinish, m.Name AS ManagerName
            FROM Project p LEFT JOIN People m ON m.Id = p.ManagerId
            WHERE {PageWhere}
            ORDER BY CAST(p.BudgetAtCompletion AS REAL) DESC, p.Name, p.Id
            LIMIT @take
            """, arguments, cancellationToken: cancellationToken))).AsList();

        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("projects");
        writer.WriteNumber("totalCount", total);
        writer.WriteStartObject("pageInfo");
        writer.WriteBoolean("hasNextPage", rows.Count > QueryMix.PageSize);
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        foreach (var row in rows.Take(QueryMix.PageSize))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", row.Id);
            writer.WriteString("code", row.Code);
            writer.WriteString("name", row.Name);
            FloorJson.Enum(writer, "stage", row.Stage);
            FloorJson.Decimal(writer, "budgetAtCompletion", row.BudgetAtCompletion);
            writer.WriteString("currency", row.Currency);
            FloorJson.NullableString(writer, "plannedFinish", row.PlannedFinish);
            WriteManager(writer, row.ManagerName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public async Task NestedAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        sql.Add();
        var portfolios = (await connection.QueryAsync<NamedRow>(new CommandDefinition(
            "SELECT Id, Name, 0 AS ParentId FROM Portfolio ORDER BY Id LIMIT @take", new { take = QueryMix.NestedPortfolios }, cancellationToken: cancellationToken))).AsList();
        sql.Add();
        var programs = (await connection.QueryAsync<NamedRow>(new CommandDefinition(
            PagePerParent("Id, Name, PortfolioId AS ParentId", "Program", "PortfolioId"),
            new { ids = portfolios.Select(p => p.Id), take = QueryMix.NestedChildren }, cancellationToken: cancellationToken))).AsList();
        sql.Add();
        var projects = (await connection.QueryAsync<ProjectRow>(new CommandDefinition(
            PagePerParent("Id, Code, Name, Stage, ProgramId", "Project", "ProgramId"),
            new { ids = programs.Select(p => p.Id), take = QueryMix.NestedChildren }, cancellationToken: cancellationToken))).AsList();
        var leaves = new { ids = projects.Select(p => p.Id).ToList(), take = QueryMix.NestedLeaves };
        sql.Add();
        var milestones = (await connection.QueryAsync<MilestoneRow>(new CommandDefinition(
            PagePerParent("Id, Name, PlannedDate, ActualDate, ProjectId", "Milestone", "ProjectId"), leaves, cancellationToken: cancellationToken))).ToLookup(m => m.ProjectId);
        sql.Add();
        var risks = (await connection.QueryAsync<RiskRow>(new CommandDefinition(
            PagePerParent("Id, Title, Exposure, Status, ProjectId", "Risk", "ProjectId"), leaves, cancellationToken: cancellationToken))).ToLookup(r => r.ProjectId);
        var programsByPortfolio = programs.ToLookup(p => p.ParentId);
        var projectsByProgram = projects.ToLookup(p => p.ProgramId);

        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("portfolios");
        writer.WriteStartArray("nodes");
        foreach (var portfolio in portfolios)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", portfolio.Id);
            writer.WriteString("name", portfolio.Name);
            writer.WriteStartObject("programs");
            writer.WriteStartArray("nodes");
            foreach (var program in programsByPortfolio[portfolio.Id])
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", program.Id);
                writer.WriteString("name", program.Name);
                writer.WriteStartObject("projects");
                writer.WriteStartArray("nodes");
                foreach (var project in projectsByProgram[program.Id])
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("id", project.Id);
                    writer.WriteString("code", project.Code);
                    writer.WriteString("name", project.Name);
                    FloorJson.Enum(writer, "stage", project.Stage);
                    WriteMilestones(writer, milestones[project.Id]);
                    WriteRisks(writer, risks[project.Id]);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public async Task ByIdAsync(Utf8JsonWriter writer, int id, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        sql.Add();
        var project = await connection.QuerySingleOrDefaultAsync<ProjectDetailRow>(new CommandDefinition(
            """
            SELECT p.Id, p.Code, p.Name, p.Stage, p.BudgetAtCompletion, p.PlannedStart, p.PlannedFinish,
                   g.Id AS ProgramId, g.Name AS ProgramName, f.Id AS PortfolioId, f.Name AS PortfolioName, m.Name AS ManagerName
            FROM Project p
            JOIN Program g ON g.Id = p.ProgramId
            JOIN Portfolio f ON f.Id = g.PortfolioId
            LEFT JOIN People m ON m.Id = p.ManagerId
            WHERE p.Id = @id
            """, new { id }, cancellationToken: cancellationToken));
        var leaves = new { id, take = QueryMix.NestedLeaves };
        sql.Add();
        var milestones = await connection.QueryAsync<MilestoneRow>(new CommandDefinition(
            "SELECT Id, Name, PlannedDate, ActualDate, ProjectId FROM Milestone WHERE ProjectId = @id ORDER BY Id LIMIT @take", leaves, cancellationToken: cancellationToken));
        sql.Add();
        var risks = await connection.QueryAsync<RiskRow>(new CommandDefinition(
            "SELECT Id, Title, Exposure, Status, ProjectId FROM Risk WHERE ProjectId = @id ORDER BY Id LIMIT @take", leaves, cancellationToken: cancellationToken));

        writer.WriteStartObject();
        writer.WriteStartObject("data");
        if (project is null)
        {
            writer.WriteNull("project");
        }
        else
        {
            writer.WriteStartObject("project");
            writer.WriteNumber("id", project.Id);
            writer.WriteString("code", project.Code);
            writer.WriteString("name", project.Name);
            FloorJson.Enum(writer, "stage", project.Stage);
            FloorJson.Decimal(writer, "budgetAtCompletion", project.BudgetAtCompletion);
            FloorJson.NullableString(writer, "plannedStart", project.PlannedStart);
            FloorJson.NullableString(writer, "plannedFinish", project.PlannedFinish);
            writer.WriteStartObject("program");
            writer.WriteNumber("id", project.ProgramId);
            writer.WriteString("name", project.ProgramName);
            writer.WriteStartObject("portfolio");
            writer.WriteNumber("id", project.PortfolioId);
            writer.WriteString("name", project.PortfolioName);
            writer.WriteEndObject();
            writer.WriteEndObject();
            WriteManager(writer, project.ManagerName);
            WriteMilestones(writer, milestones);
            WriteRisks(writer, risks);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public async Task AggregateAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var arguments = new { excluded = QueryMix.AggregateExcludedStage };
        sql.Add();
        var (count, budget) = await connection.QuerySingleAsync<(long, double)>(new CommandDefinition(
            "SELECT COUNT(*), TOTAL(CAST(BudgetAtCompletion AS REAL)) FROM Project WHERE Stage <> @excluded",
            arguments, cancellationToken: cancellationToken));
        sql.Add();
        var groups = await connection.QueryAsync<GroupRow>(new CommandDefinition(
            $"""
            SELECT f.Name AS PortfolioName, p.Stage, COUNT(*) AS Count, TOTAL(CAST(p.BudgetAtCompletion AS REAL)) AS Budget
            FROM Project p
            JOIN Program g ON g.Id = p.ProgramId
            JOIN Portfolio f ON f.Id = g.PortfolioId
            WHERE p.Stage <> @excluded
            GROUP BY f.Name, p.Stage
            ORDER BY f.Name, {StageOrder}
            """, arguments, cancellationToken: cancellationToken));

        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("projectsAggregate");
        WriteCountAndSum(writer, count, budget);
        writer.WriteStartArray("groups");
        foreach (var group in groups)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("key");
            writer.WriteStartObject("program");
            writer.WriteStartObject("portfolio");
            writer.WriteString("name", group.PortfolioName);
            writer.WriteEndObject();
            writer.WriteEndObject();
            FloorJson.Enum(writer, "stage", group.Stage);
            writer.WriteEndObject();
            WriteCountAndSum(writer, group.Count, group.Budget);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Stages sort in lifecycle order (Idea first), as GraphQL enum values do, not alphabetically.</summary>
    private static readonly string StageOrder = "CASE p.Stage " + string.Concat(
        Enum.GetValues<LifecycleStage>().Select(stage => string.Create(CultureInfo.InvariantCulture, $"WHEN '{stage}' THEN {(int)stage} "))) + "END";

    /// <summary>
    /// At most <c>@take</c> rows per parent in id order, for every parent in <c>@ids</c>, in one statement: what a
    /// nested connection's page is.
    /// </summary>
    private static string PagePerParent(string columns, string table, string parentColumn) =>
        $"""
        SELECT {columns} FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY {parentColumn} ORDER BY Id) AS RowNumber FROM {table} WHERE {parentColumn} IN @ids)
        WHERE RowNumber <= @take ORDER BY {parentColumn}, Id
        """;

    private static void WriteCountAndSum(Utf8JsonWriter writer, long count, double budget)
    {
        writer.WriteNumber("count", count);
        writer.WriteStartObject("sum");

        // Budgets have four decimals; the REAL sum is rounded back to them.
        writer.WriteNumber("budgetAtCompletion", Math.Round((decimal)budget, 4));
        writer.WriteEndObject();
    }

    private static void WriteManager(Utf8JsonWriter writer, string? managerName)
    {
        if (managerName is null)
        {
            writer.WriteNull("manager");
            return;
        }

        writer.WriteStartObject("manager");
        writer.WriteString("name", managerName);
        writer.WriteEndObject();
    }

    private static void WriteMilestones(Utf8JsonWriter writer, IEnumerable<MilestoneRow> milestones)
    {
        writer.WriteStartObject("milestones");
        writer.WriteStartArray("nodes");
        foreach (var milestone in milestones)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", milestone.Id);
            writer.WriteString("name", milestone.Name);
            writer.WriteString("plannedDate", milestone.PlannedDate);
            FloorJson.NullableString(writer, "actualDate", milestone.ActualDate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRisks(Utf8JsonWriter writer, IEnumerable<RiskRow> risks)
    {
        writer.WriteStartObject("risks");
        writer.WriteStartArray("nodes");
        foreach (var risk in risks)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", risk.Id);
            writer.WriteString("title", risk.Title);
            FloorJson.Decimal(writer, "exposure", risk.Exposure);
            FloorJson.Enum(writer, "status", risk.Status);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
