using Microsoft.Data.Sqlite;

namespace PmoGraph.Api.Store;

/// <summary>The resolved store configuration: <c>Database:Provider</c> and <c>ConnectionStrings:Pmo</c>.</summary>
internal sealed record StoreSettings(string Provider, string ConnectionString)
{
    /// <summary>The most contexts each of the two context pools keeps (<see cref="StoreOptions.ContextPoolSize"/>).</summary>
    public int ContextPoolSize { get; init; } = StoreOptions.DefaultContextPoolSize;

    /// <summary>The most SQLite connections kept open for compiled reads (<see cref="StoreOptions.SqliteReadConnections"/>).</summary>
    public int SqliteReadConnections { get; init; } = StoreOptions.DefaultSqliteReadConnections;

    public bool IsPostgres => Provider == StoreOptions.Postgres;

    public static StoreSettings From(IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<StoreOptions>() ?? new StoreOptions();
        var connectionString = configuration.GetConnectionString("Pmo");
        if (options.ContextPoolSize is < 1 or > 65536)
        {
            throw new ConfigurationProblemException($"Database:ContextPoolSize must be between 1 and 65536; it is {options.ContextPoolSize}.");
        }

        if (options.SqliteReadConnections is < 0 or > 1024)
        {
            throw new ConfigurationProblemException($"Database:SqliteReadConnections must be between 0 and 1024; it is {options.SqliteReadConnections}.");
        }

        switch (options.Provider.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                connectionString ??= StoreOptions.DefaultSqliteConnectionString;
                EnsureDirectoryOf(connectionString);
                return new StoreSettings(StoreOptions.Sqlite, connectionString)
                {
                    ContextPoolSize = options.ContextPoolSize,
                    SqliteReadConnections = options.SqliteReadConnections,
                };
            case "POSTGRES" or "POSTGRESQL":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new ConfigurationProblemException(
                        "Database:Provider is Postgres but ConnectionStrings:Pmo is not set; set it to an Npgsql connection string, "
                        + "e.g. \"Host=db.internal;Database=pmograph;Username=pmograph;Password=...\".");
                }

                return new StoreSettings(StoreOptions.Postgres, PostgresConnectionDefaults.Apply(connectionString)) { ContextPoolSize = options.ContextPoolSize };
            default:
                throw new ConfigurationProblemException(
                    $"Database:Provider '{options.Provider}' is not supported; use '{StoreOptions.Sqlite}' (the default) or '{StoreOptions.Postgres}'.");
        }
    }

    /// <summary>SQLite creates the file but not its folder (<c>data/</c> on a fresh clone).</summary>
    private static void EnsureDirectoryOf(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
