using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PmoGraph.Api.Store;
using PmoGraph.Migrations.Postgres;
using PmoGraph.Migrations.Sqlite;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// A store of a test's own on the provider the run is for: a SQLite file in a temporary folder, or a fresh database
/// on the PostgreSQL server named by <see cref="TestStores.PostgresVariable"/>, dropped when disposed.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _directory;
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string connectionString, string? directory, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _directory = directory;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as <c>Database:Provider</c> takes it.</summary>
    public string Provider { get; }

    public bool IsPostgres => Provider == TestStores.Postgres;

    /// <summary>What <c>ConnectionStrings:Pmo</c> is set to.</summary>
    public string ConnectionString { get; }

    /// <summary>A store on the run's provider (<see cref="TestStores.Provider"/>).</summary>
    public static TestDatabase Create() => Create(TestStores.Provider);

    /// <summary>A store on <paramref name="provider"/>; PostgreSQL needs <see cref="TestStores.PostgresVariable"/>.</summary>
    public static TestDatabase Create(string provider)
    {
        if (provider != TestStores.Postgres)
        {
            var directory = Path.Combine(Path.GetTempPath(), "pmograph-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "pmograph.db");
            return new TestDatabase(TestStores.Sqlite, $"Data Source={path};Pooling=False", directory, null, null);
        }

        var admin = TestStores.PostgresAdminConnectionString
            ?? throw new InvalidOperationException($"{TestStores.ProviderVariable}=Postgres needs {TestStores.PostgresVariable} (an admin connection string).");
        var name = "pmograph_test_" + Guid.NewGuid().ToString("N");
        // C collation (byte order, as SQLite's BINARY) and a UTF-8 ctype (lower() folds all of Unicode).
        Execute(admin, $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 20 };
        return new TestDatabase(TestStores.Postgres, connection.ConnectionString, null, admin, name);
    }

    /// <summary>Options for a context that reads or writes the store directly, outside the API.</summary>
    public DbContextOptions<PmoDbContext> ContextOptions()
    {
        var options = new DbContextOptionsBuilder<PmoDbContext>();
        if (IsPostgres)
        {
            options.UsePmoPostgres(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrations.AssemblyName));
        }

        return options.Options;
    }

    /// <summary>
    /// Options for a context connected as the API connects, for code the API runs (the demo seeder): on PostgreSQL with
    /// the Npgsql settings the store adds to its connection string (automatic preparation among them), which change how
    /// a reused command behaves.
    /// </summary>
    public DbContextOptions<PmoDbContext> ApiContextOptions()
    {
        if (!IsPostgres)
        {
            return ContextOptions();
        }

        var options = new DbContextOptionsBuilder<PmoDbContext>();
        options.UsePmoPostgres(PostgresConnectionDefaults.Apply(ConnectionString));
        return options.Options;
    }

    public void Dispose()
    {
        if (_databaseName is not null)
        {
            using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            Execute(_adminConnectionString!, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        }

        if (_directory is not null && Directory.Exists(_directory))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
