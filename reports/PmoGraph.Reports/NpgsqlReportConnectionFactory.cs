using System.Data.Common;
using Npgsql;

namespace PmoGraph.Reports;

/// <summary>Dapper's connections on PostgreSQL, drawn from one pooled data source per process.</summary>
internal sealed class NpgsqlReportConnectionFactory(string connectionString) : IReportConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
