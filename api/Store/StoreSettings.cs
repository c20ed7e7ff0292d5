using Microsoft.Data.Sqlite;

namespace PmoGraph.Api.Store;

/// <summary>The resolved store configuration: <c>Database:Provider</c> and <c>ConnectionStrings:Pmo</c>.</summary>
internal sealed record StoreSettings(string Provider, string ConnectionString)
{
    public static StoreSettings From(IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<StoreOptions>() ?? new StoreOptions();
        if (!string.Equals(options.Provider, StoreOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not supported by this build; the supported provider is '{StoreOptions.Sqlite}'.");
        }

        var connectionString = configuration.GetConnectionString("Pmo") ?? StoreOptions.DefaultSqliteConnectionString;
        EnsureDirectoryOf(connectionString);
        return new StoreSettings(StoreOptions.Sqlite, connectionString);
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
