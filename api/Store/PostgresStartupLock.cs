using Npgsql;

namespace PmoGraph.Api.Store;

/// <summary>
/// A session-level PostgreSQL advisory lock held while an instance migrates and seeds the store, so instances that
/// start together take turns. Released when disposed (or when the connection drops, if the process dies).
/// On SQLite it is a no-op: one machine, one file.
/// </summary>
internal sealed class PostgresStartupLock : IAsyncDisposable
{
    /// <summary>The lock's key: "PmoGraph" in ASCII, so it is unlikely to collide with another application's.</summary>
    public const long Key = 0x506D6F4772617068;

    private readonly NpgsqlConnection? _connection;

    private PostgresStartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<PostgresStartupLock> AcquireAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.IsPostgres)
        {
            return new PostgresStartupLock(null);
        }

        // Not pooled: the lock belongs to this session, and a pooled connection would outlive the dispose.
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // No command timeout: the wait lasts as long as another instance's migration and seed (minutes at scale).
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresStartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        await using (_connection)
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync();
        }
    }
}
