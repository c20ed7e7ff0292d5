using Npgsql;

namespace PmoGraph.Api.Store;

/// <summary>
/// The PostgreSQL database named by <c>ConnectionStrings:Pmo</c>, checked before anything else connects to it (the
/// start-up lock, the migrations): created when it does not exist, as README's <c>createdb</c> line would (UTF-8,
/// code-point collation, a Unicode ctype), and a server that cannot be reached, a refused sign-in or a database the
/// role may not create are the operator's to fix, reported as such rather than as a stack.
/// </summary>
internal static class PostgresDatabase
{
    private const string InvalidCatalogName = "3D000";
    private const string DuplicateDatabase = "42P04";
    private const string InvalidParameterValue = "22023";

    public static async Task EnsureExistsAsync(StoreSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        if (!settings.IsPostgres)
        {
            return;
        }

        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return;
        }
        catch (PostgresException ex) when (ex.SqlState == InvalidCatalogName)
        {
            // Missing: created below.
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw Unreachable(target, ex);
        }

        await CreateAsync(target, log, cancellationToken);
    }

    private static async Task CreateAsync(NpgsqlConnectionStringBuilder target, TextWriter log, CancellationToken cancellationToken)
    {
        var name = target.Database ?? throw new ConfigurationProblemException("ConnectionStrings:Pmo names no PostgreSQL database.");
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            try
            {
                // As README's createdb line and the test stores: byte-order collation, as SQLite's; lower() folds all of Unicode.
                await ExecuteAsync(connection, $"CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'", cancellationToken);
                await log.WriteLineAsync($"Created the PostgreSQL database {name} (UTF-8, C collation, C.UTF-8 ctype).");
            }
            catch (PostgresException ex) when (ex.SqlState == InvalidParameterValue)
            {
                // The server has no C.UTF-8 locale: its defaults, said so.
                await ExecuteAsync(connection, $"CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8'", cancellationToken);
                await log.WriteLineAsync($"Created the PostgreSQL database {name} with the server's default locale: it has no C.UTF-8 (see README, PostgreSQL, Text).");
            }
        }
        catch (PostgresException ex) when (ex.SqlState == DuplicateDatabase)
        {
            // Another instance starting at the same time created it.
        }
        catch (PostgresException ex)
        {
            throw new ConfigurationProblemException(
                $"the PostgreSQL database {name} does not exist and could not be created as {target.Username} ({ex.MessageText}). "
                + $"Create it, e.g. createdb -E UTF8 --locale=C.UTF-8 -T template0 {name}, or name an existing one in ConnectionStrings:Pmo.",
                ex);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw Unreachable(maintenance, ex);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ConfigurationProblemException Unreachable(NpgsqlConnectionStringBuilder target, Exception ex)
    {
        var reason = ex is PostgresException postgres ? postgres.MessageText : ex.InnerException?.Message ?? ex.Message;
        return new ConfigurationProblemException(
            $"PostgreSQL at {target.Host}:{target.Port}, database {target.Database}, user {target.Username}, cannot be used: {reason}. "
            + "Check ConnectionStrings:Pmo and that the server is running.",
            ex);
    }
}
