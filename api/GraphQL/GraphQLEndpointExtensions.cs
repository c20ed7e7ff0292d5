using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmoGraph.Api.GraphQL.PersistedQueries;
using PmoGraph.Api.GraphQL.Plans;

namespace PmoGraph.Api.GraphQL;

internal static class GraphQLEndpointExtensions
{
    /// <summary>The <c>/graphql</c> transport; the schema and GraphQL.NET's services come from <c>AddPmoSchema</c>.</summary>
    public static IServiceCollection AddPmoGraphQLTransport(this IServiceCollection services)
    {
        services.AddOptions<GraphQLTransportOptions>()
            .BindConfiguration(GraphQLTransportOptions.Section)
            .Validate(o => o.MaxRequestBytes is > 0 and <= GraphQLTransportOptions.MaxRequestBytesCeiling, $"GraphQL:MaxRequestBytes must be between 1 and {GraphQLTransportOptions.MaxRequestBytesCeiling}.")
            .ValidateOnStart();
        services.AddOptions<PlanCacheOptions>()
            .BindConfiguration(PlanCacheOptions.Section)
            .Validate(o => o is { MaxEntries: >= 0, MaxBytes: >= 0 }, "GraphQL:PlanCache:MaxEntries and MaxBytes must not be negative.")
            .ValidateOnStart();
        services.AddOptions<PersistedQueryOptions>()
            .BindConfiguration(PersistedQueryOptions.Section)
            .Validate(o => o is { MaxEntries: >= 0, MaxBytes: >= 0 }, "GraphQL:PersistedQueries:MaxEntries and MaxBytes must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<OperationPlanCache>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.TrustedDocuments is { Length: > 0 } path
            ? new PersistedDocumentResolver(
                sp.GetRequiredService<AutomaticPersistedQueryStore>(),
                sp.GetRequiredService<IOptions<PersistedQueryOptions>>(),
                TrustedDocumentManifest.Load(Path.GetFullPath(path, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)))
            : ActivatorUtilities.CreateInstance<PersistedDocumentResolver>(sp));
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<DocumentParser>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        // Over GraphQL.NET's validator (AddPmoSchema registered it): a plan's remembered validation results given again.
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator>(new PlanValidator(new DocumentValidator())));
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotentExecution>();
        return services;
    }

    /// <summary>
    /// Maps <c>/graphql</c> for every method, so PUT or DELETE get the spec's 405 with <c>Allow</c> rather than a 404.
    /// Returns the endpoint's builder for conventions such as authorization.
    /// </summary>
    public static IEndpointConventionBuilder MapPmoGraphQL(this IEndpointRouteBuilder endpoints)
    {
        // Read the trusted documents manifest now: a server told to run only trusted documents must not start without them.
        _ = endpoints.ServiceProvider.GetRequiredService<PersistedDocumentResolver>();
        return endpoints.Map("/graphql", http => http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http))
            .WithDisplayName("GraphQL");
    }
}
