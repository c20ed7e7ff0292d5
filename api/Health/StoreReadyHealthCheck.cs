using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmoGraph.Reports;

namespace PmoGraph.Api.Health;

/// <summary>Ready when the store answers and its schema has been migrated.</summary>
internal sealed class StoreReadyHealthCheck(StoreReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var migrations = await readiness.AppliedMigrationsAsync(cancellationToken);
            return migrations > 0
                ? HealthCheckResult.Healthy($"{migrations} migrations applied.")
                : HealthCheckResult.Unhealthy("The store has no schema yet.");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The store cannot be reached.");
        }
    }
}
