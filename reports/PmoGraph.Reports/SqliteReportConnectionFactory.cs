using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PmoGraph.Reports;

/// <summary>
/// Connections to the SQLite store. SQLite's own <c>lower</c> and <c>upper</c> fold ASCII letters only: they are
/// replaced by the invariant culture's on each connection, so OData's <c>tolower</c>/<c>toupper</c> fold "École" as
/// PostgreSQL does (and as the API's own connections do).
/// </summary>
internal sealed class SqliteReportConnectionFactory(string connectionString) : IReportConnectionFactory
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            connection.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            connection.CreateFunction("upper", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
