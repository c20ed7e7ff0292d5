using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PmoGraph.Migrations.Postgres;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// The store the three systems read, on SQLite (a file) or PostgreSQL (a database of its own on the given server).
/// The hosted API, the API's verbs, the floor and the peer all reach it through here, so they read the same data.
/// </summary>
internal sealed class BenchStore
{
    private BenchStore(bool isPostgres, string connectionString, string description, string? sqlitePath, string? postgresDatabase, string? monitorConnectionString)
    {
        IsPostgres = isPostgres;
        ConnectionString = connectionString;
        Description = description;
        SqlitePath = sqlitePath;
        PostgresDatabase = postgresDatabase;
        MonitorConnectionString = monitorConnectionString;
    }

    public bool IsPostgres { get; }

    /// <summary>The connection string every system uses (PmoGraph's <c>ConnectionStrings:Pmo</c>).</summary>
    public string ConnectionString { get; }

    /// <summary>For the run's header: the file or the server and database.</summary>
    public string Description { get; }

    public string? SqlitePath { get; }

    public string? PostgresDatabase { get; }

    /// <summary>On PostgreSQL, the server's maintenance database as given with <c>--postgres</c>: where the run watches its backends from.</summary>
    public string? MonitorConnectionString { get; }

    public string Name => IsPostgres ? "PostgreSQL" : "SQLite";

    public static BenchStore Sqlite(string path) =>
        new(false, $"Data Source={path}", path, path, null, null);

    public static BenchStore Postgres(string serverConnectionString, string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database };
        return new BenchStore(true, builder.ConnectionString, $"{database} on {builder.Host}:{builder.Port}", null, database, serverConnectionString);
    }

    /// <summary>
    /// What the API's process needs to open this store: its configuration, given through the environment (the
    /// connection string may hold a password; the command line is visible to other users of the machine).
    /// </summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment =>
        IsPostgres
            ? new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Pmo"] = ConnectionString }
            : new Dictionary<string, string> { ["ConnectionStrings__Pmo"] = ConnectionString };

    public DbConnection OpenConnection() =>
        IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    /// <summary>The peer's EF Core options: the same provider setup the API uses on PostgreSQL, plain SQLite otherwise.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        if (IsPostgres)
        {
            options.UsePmoPostgres(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString);
        }
    }
}
