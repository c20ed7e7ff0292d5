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
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<DocumentParser>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotentExecution>();
        return services;
    }

    /// <summary>
    /// Maps <c>/graphql</c> for every method, so PUT or DELETE get the spec's 405 with <c>Allow</c> rather than a 404.
    /// Returns the endpoint's builder for conventions such as authorization.
    /// </summary>
    public static IEndpointConventionBuilder MapPmoGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map("/graphql", http => http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http))
            .WithDisplayName("GraphQL");
}
