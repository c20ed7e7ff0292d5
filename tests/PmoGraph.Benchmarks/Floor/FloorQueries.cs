using System.Globalization;
using System.Text.Json;
using Dapper;
using PmoGraph.Benchmarks.Hosting;
using PmoGraph.Benchmarks.Workload;

namespace PmoGraph.Benchmarks.Floor;

/// <summary>
/// The floor: the SQL a careful developer writes by hand for each query of the mix, read with Dapper and written with
/// <see cref="Utf8JsonWriter"/> in exactly the JSON PmoGraph returns. One set-based statement per level, no ORM;
/// the statements of each store are in <see cref="FloorSql"/>.
/// </summary>
internal sealed class FloorQueries(BenchStore store, SqlStatementCounter sql)
{
    private readonly FloorSql _sql = store.IsPostgres ? FloorSql.Postgres : FloorSql.Sqlite;

    public async Task PageAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        await using var connection = store.OpenConnection();
        var arguments = new { stages = QueryMix.PageStages, minimum = _sql.PageMinimum, take = QueryMix.PageSize + 1 };
        sql.Add();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.PageCount, arguments, cancellationToken: cancellationToken));
        sql.Add();
        var rows = (await connection.QueryAsync<PageRow>(new CommandDefinition(_sql.PageRows, arguments, cancellationToken: cancellationToken))).AsList();

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
        await using var connection = store.OpenConnection();
        sql.Add();
        var portfolios = (await connection.QueryAsync<NamedRow>(new CommandDefinition(
            _sql.Portfolios, new { take = QueryMix.NestedPortfolios }, cancellationToken: cancellationToken))).AsList();
        sql.Add();
        var programs = (await connection.QueryAsync<NamedRow>(new CommandDefinition(
            _sql.PagePerParent(_sql.ProgramColumns, "Program", "PortfolioId"),
            new { ids = portfolios.Select(p => p.Id).ToArray(), take = QueryMix.NestedChildren }, cancellationToken: cancellationToken))).AsList();
        sql.Add();
        var projects = (await connection.QueryAsync<ProjectRow>(new CommandDefinition(
            _sql.PagePerParent(_sql.ProjectColumns, "Project", "ProgramId"),
            new { ids = programs.Select(p => p.Id).ToArray(), take = QueryMix.NestedChildren }, cancellationToken: cancellationToken))).AsList();
        var leaves = new { ids = projects.Select(p => p.Id).ToArray(), take = QueryMix.NestedLeaves };
        sql.Add();
        var milestones = (await connection.QueryAsync<MilestoneRow>(new CommandDefinition(
            _sql.PagePerParent(_sql.MilestoneColumns, "Milestone", "ProjectId"), leaves, cancellationToken: cancellationToken))).ToLookup(m => m.ProjectId);
        sql.Add();
        var risks = (await connection.QueryAsync<RiskRow>(new CommandDefinition(
            _sql.PagePerParent(_sql.RiskColumns, "Risk", "ProjectId"), leaves, cancellationToken: cancellationToken))).ToLookup(r => r.ProjectId);
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
        await using var connection = store.OpenConnection();
        sql.Add();
        var project = await connection.QuerySingleOrDefaultAsync<ProjectDetailRow>(new CommandDefinition(
            _sql.ProjectById, new { id }, cancellationToken: cancellationToken));
        var leaves = new { id, take = QueryMix.NestedLeaves };
        sql.Add();
        var milestones = await connection.QueryAsync<MilestoneRow>(new CommandDefinition(
            _sql.MilestonesOfProject, leaves, cancellationToken: cancellationToken));
        sql.Add();
        var risks = await connection.QueryAsync<RiskRow>(new CommandDefinition(
            _sql.RisksOfProject, leaves, cancellationToken: cancellationToken));

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
        await using var connection = store.OpenConnection();
        var arguments = new { excluded = QueryMix.AggregateExcludedStage };
        sql.Add();
        var (count, budget) = _sql.IsPostgres
            ? await connection.QuerySingleAsync<(long, decimal)>(new CommandDefinition(_sql.AggregateTotals, arguments, cancellationToken: cancellationToken))
            : Exact(await connection.QuerySingleAsync<(long, double)>(new CommandDefinition(_sql.AggregateTotals, arguments, cancellationToken: cancellationToken)));
        sql.Add();
        var groups = _sql.IsPostgres
            ? await connection.QueryAsync<GroupRow>(new CommandDefinition(_sql.AggregateGroups, arguments, cancellationToken: cancellationToken))
            : (await connection.QueryAsync<SqliteGroupRow>(new CommandDefinition(_sql.AggregateGroups, arguments, cancellationToken: cancellationToken)))
                .Select(g => new GroupRow(g.PortfolioName, g.Stage, g.Count, Exact((0, g.Budget)).Budget));

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


    /// <summary>Budgets have four decimals; SQLite's REAL sum is rounded back to them.</summary>
    private static (long Count, decimal Budget) Exact((long Count, double Budget) row) => (row.Count, Math.Round((decimal)row.Budget, 4));

    private static void WriteCountAndSum(Utf8JsonWriter writer, long count, decimal budget)
    {
        writer.WriteNumber("count", count);
        writer.WriteStartObject("sum");
        writer.WriteNumber("budgetAtCompletion", budget);
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
