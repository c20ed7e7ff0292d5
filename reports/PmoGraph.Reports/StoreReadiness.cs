using Dapper;

namespace PmoGraph.Reports;

/// <summary>Whether the store answers and has its schema: what <c>/health/ready</c> reports.</summary>
public sealed class StoreReadiness(IReportConnectionFactory connections)
{
    /// <summary>The number of applied migrations; throws when the store cannot be reached.</summary>
    public async Task<int> AppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(
            new CommandDefinition("SELECT COUNT(*) FROM \"__EFMigrationsHistory\"", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
