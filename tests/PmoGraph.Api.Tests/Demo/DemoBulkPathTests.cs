using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoGraph.Api.Demo;
using PmoGraph.Api.Tests.Store;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Kpis;

namespace PmoGraph.Api.Tests.Demo;

/// <summary>
/// The seeder's bulk path (multi-row inserts on SQLite, COPY on PostgreSQL, the twelve closed months included) against
/// its change-tracker path (the closes through the mutation runner): the same scale and seed, each into a fresh store,
/// must leave every table of the model with exactly the same rows, ids and foreign keys included (EVM snapshots, KPI
/// values, period closes and their audit entries among them), and (PostgreSQL) the identity sequences at the same place.
/// Both seed through the connection settings the API runs with.
/// </summary>
public sealed partial class DemoBulkPathTests
{
    // Two batches of projects (DemoSizing.BatchSize is 200), so ids carry on from one batch to the next.
    private static readonly DemoScale _scale = new(260, Seed: 7);

    [Fact]
    public async Task SeedAsync_BulkOnSqlite_WritesTheRowsOfTheChangeTrackerPath() =>
        await AssertSameRowsAsync(TestStores.Sqlite);

    [PostgresFact]
    public async Task SeedAsync_BulkOnPostgres_WritesTheRowsOfTheChangeTrackerPath() =>
        await AssertSameRowsAsync(TestStores.Postgres);

    private static async Task AssertSameRowsAsync(string provider)
    {
        var reference = await SeedAsync(provider, DemoWritePath.ChangeTracker);
        var bulk = await SeedAsync(provider, DemoWritePath.Bulk);

        Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), bulk.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(reference, t => t.Key == "\"FinancialLine\"" && t.Value.Count > 1000);
        Assert.Contains(reference, t => t.Key == "\"EvmSnapshot\"" && t.Value.Count > 1000);
        Assert.Contains(reference, t => t.Key == "\"AuditEntry\"" && t.Value.Count > 1000);
        foreach (var (table, rows) in reference)
        {
            Assert.True(rows.SequenceEqual(bulk[table]), $"{table}: {rows.Count} rows by the change tracker, {bulk[table].Count} in bulk; first difference: "
                + rows.Zip(bulk[table]).FirstOrDefault(p => p.First != p.Second));
        }
    }

    /// <summary>Every table's rows (and, on PostgreSQL, every identity sequence's position) after seeding a fresh store.</summary>
    private static async Task<Dictionary<string, List<string>>> SeedAsync(string provider, DemoWritePath path)
    {
        using var database = TestDatabase.Create(provider);
        // Connected as the API connects: on PostgreSQL with automatic preparation, which once made the timeline's
        // prepared updates rewrite one row over and over (DemoRowUpdaterTests).
        await using var db = new PmoDbContext(database.ApiContextOptions());
        await db.Database.MigrateAsync();
        var seeder = new DemoPortfolioSeeder(db, Options.Create(new KpiOptions()), NullLoggerFactory.Instance) { WritePath = path };
        await seeder.SeedAsync(_scale, null, CancellationToken.None);

        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && t.FindPrimaryKey() is not null))
        {
            var table = $"\"{type.GetTableName()}\"";
            var key = string.Join(", ", type.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            tables[table] = await ReadAsync(connection, $"SELECT * FROM {table} ORDER BY {key}");
            if (database.IsPostgres && type.FindPrimaryKey()!.Properties is [{ ValueGenerated: Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd } id])
            {
                tables[table + " sequence"] = await ReadAsync(connection,
                    $"SELECT last_value FROM pg_sequences WHERE schemaname || '.' || sequencename = pg_get_serial_sequence('{table}', '{id.GetColumnName()}')");
            }
        }

        await db.Database.CloseConnectionAsync();
        return tables;
    }

    private static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            // An audit entry's JSON holds PostgreSQL's row version (xmin, a transaction id), which no two seeds share.
            rows.Add(RowVersion().Replace(string.Join(" | ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))), "\"RowVersion\":_"));
        }

        return rows;
    }

    [GeneratedRegex("\"RowVersion\":[0-9]+")]
    private static partial Regex RowVersion();
}
