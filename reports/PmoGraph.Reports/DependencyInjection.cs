using Microsoft.Extensions.DependencyInjection;

namespace PmoGraph.Reports;

public static class DependencyInjection
{
    /// <summary>Registers the Dapper side of the store; the connection string is resolved when first needed.</summary>
    public static IServiceCollection AddPmoReports(this IServiceCollection services, Func<IServiceProvider, string> sqliteConnectionString)
    {
        services.AddSingleton<IReportConnectionFactory>(provider => new SqliteReportConnectionFactory(sqliteConnectionString(provider)));
        services.AddSingleton<StoreReadiness>();
        return services;
    }
}
