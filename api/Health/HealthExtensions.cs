using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PmoGraph.Api.Health;

internal static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPmoHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreReadyHealthCheck>("store", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the store answers too. Both are open to anonymous probes.</summary>
    public static IEndpointRouteBuilder MapPmoHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}
