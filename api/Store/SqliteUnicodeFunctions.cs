using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Store;

/// <summary>
/// Replaces SQLite's built-in <c>lower</c>, which folds ASCII letters only, with .NET's invariant lower-casing on
/// every connection the store opens, so the case-insensitive filters (<c>ieq</c>, <c>icontains</c>, ...) match
/// "École" with "école" exactly as PostgreSQL's <c>lower</c> does.
/// </summary>
internal sealed class SqliteUnicodeFunctions : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
