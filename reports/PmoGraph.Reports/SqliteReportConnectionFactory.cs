using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PmoGraph.Reports;

internal sealed class SqliteReportConnectionFactory(string connectionString) : IReportConnectionFactory
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
