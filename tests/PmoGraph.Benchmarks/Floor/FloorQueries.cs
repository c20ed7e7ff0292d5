using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using PmoGraph.Benchmarks.Hosting;
using PmoGraph.Benchmarks.Workload;

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
            "SELECT Id, Name, PortfolioId AS ParentId FROM Program WHERE PortfolioId IN @ids ORDER BY Id",
            new { ids = portfolios.Select(p => p.Id) }, cancellationToken: cancellationToken))).AsList();
        sql.Add();
        var projects = (await connection.QueryAsync<ProjectRow>(new CommandDefinition(
            "SELECT Id, Code, Name, Stage, ProgramId FROM Project WHERE ProgramId IN @ids ORDER BY Id",
            new { ids = programs.Select(p => p.Id) }, cancellationToken: cancellationToken))).AsList();
        var projectIds = projects.Select(p => p.Id).ToList();
        sql.Add();
        var milestones = (await connection.QueryAsync<MilestoneRow>(new CommandDefinition(
            "SELECT Id, Name, PlannedDate, ActualDate, ProjectId FROM Milestone WHERE ProjectId IN @ids ORDER BY Id",
            new { ids = projectIds }, cancellationToken: cancellationToken))).ToLookup(m => m.ProjectId);
        sql.Add();
        var risks = (await connection.QueryAsync<RiskRow>(new CommandDefinition(
            "SELECT Id, Title, Exposure, Status, ProjectId FROM Risk WHERE ProjectId IN @ids ORDER BY Id",
            new { ids = projectIds }, cancellationToken: cancellationToken))).ToLookup(r => r.ProjectId);
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
            writer.WriteStartArray("programs");
            foreach (var program in programsByPortfolio[portfolio.Id])
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", program.Id);
                writer.WriteString("name", program.Name);
                writer.WriteStartArray("projects");
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
            }

            writer.WriteEndArray();
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
        var ids = new { ids = new[] { id } };
        sql.Add();
        var milestones = await connection.QueryAsync<MilestoneRow>(new CommandDefinition(
            "SELECT Id, Name, PlannedDate, ActualDate, ProjectId FROM Milestone WHERE ProjectId IN @ids ORDER BY Id", ids, cancellationToken: cancellationToken));
        sql.Add();
        var risks = await connection.QueryAsync<RiskRow>(new CommandDefinition(
            "SELECT Id, Title, Exposure, Status, ProjectId FROM Risk WHERE ProjectId IN @ids ORDER BY Id", ids, cancellationToken: cancellationToken));

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
        sql.Add();
        var (count, sum) = await connection.QuerySingleAsync<(long, double)>(new CommandDefinition(
            "SELECT COUNT(*), TOTAL(CAST(BudgetAtCompletion AS REAL)) FROM Project WHERE Stage IN @stages",
            new { stages = QueryMix.PageStages }, cancellationToken: cancellationToken));
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("projectsAggregate");
        writer.WriteNumber("count", count);
        writer.WriteStartObject("sum");
        writer.WriteNumber("budgetAtCompletion", sum);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
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
        writer.WriteStartArray("milestones");
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
    }

    private static void WriteRisks(Utf8JsonWriter writer, IEnumerable<RiskRow> risks)
    {
        writer.WriteStartArray("risks");
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
    }
}
