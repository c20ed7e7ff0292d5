using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Reports.OData;
using PmoGraph.Reports.Reading;

namespace PmoGraph.Reports;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the Dapper side of the store; the connection string, and whether it is PostgreSQL's (else SQLite's),
    /// are resolved when first needed.
    /// </summary>
    public static IServiceCollection AddPmoReports(
        this IServiceCollection services, Func<IServiceProvider, string> connectionString, Func<IServiceProvider, bool>? isPostgres = null)
    {
        services.AddSingleton<IReportConnectionFactory>(provider => isPostgres?.Invoke(provider) == true
            ? new NpgsqlReportConnectionFactory(connectionString(provider))
            : new SqliteReportConnectionFactory(connectionString(provider)));
        services.AddSingleton<StoreReadiness>();
        services.AddSingleton<ViewReader>();
        services.AddOptions<ODataFeedOptions>().BindConfiguration("OData");
        return services;
    }
}
