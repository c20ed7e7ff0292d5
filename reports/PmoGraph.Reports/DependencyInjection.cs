using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Reports.OData;
using PmoGraph.Reports.Reading;

namespace PmoGraph.Reports;

public static class DependencyInjection
{
    /// <summary>Registers the Dapper side of the store; the connection string is resolved when first needed.</summary>
    public static IServiceCollection AddPmoReports(this IServiceCollection services, Func<IServiceProvider, string> sqliteConnectionString)
    {
        services.AddSingleton<IReportConnectionFactory>(provider => new SqliteReportConnectionFactory(sqliteConnectionString(provider)));
        services.AddSingleton<StoreReadiness>();
        services.AddSingleton<ViewReader>();
        services.AddOptions<ODataFeedOptions>().BindConfiguration("OData");
        return services;
    }
}
