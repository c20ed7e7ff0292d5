using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema;

public static class DependencyInjection
{
    /// <summary>Registers the GraphQL schema, its slices and the query engine. The store is registered by the host.</summary>
    public static IServiceCollection AddPmoSchema(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PagingOptions>(configuration.GetSection("Paging"));
        services.AddOptions<CompiledReadOptions>().Bind(configuration.GetSection(CompiledReadOptions.Section))
            .Validate(o => Enum.IsDefined(o.Mode), "GraphQL:CompiledReads:Mode must be On, Off or Differential.")
            .Validate(o => o is { StatementCacheEntries: >= 0, StatementCacheBytes: >= 0 },
                "GraphQL:CompiledReads:StatementCacheEntries and StatementCacheBytes must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<CompiledStatementCache>();
        services.AddOptions<FilteringOptions>().Bind(configuration.GetSection("Filtering"))
            .Validate(o => o is { MaxInListLength: > 0, MaxNodes: > 0 and <= FilteringOptions.MaxNodesCeiling },
                $"Filtering:MaxInListLength must be positive and Filtering:MaxNodes between 1 and {FilteringOptions.MaxNodesCeiling}.")
            .ValidateOnStart();
        services.Configure<Kpis.KpiOptions>(configuration.GetSection("Kpis"));
        services.Configure<Strategy.AlignmentScoreOptions>(configuration.GetSection(Strategy.AlignmentScoreOptions.Section));
        services.Configure<Selection.SelectionOptions>(configuration.GetSection(Selection.SelectionOptions.Section));
        services.AddScoped<BatchLoaderRegistry>();
        services.AddScoped<ProjectedResults>();
        // The row rules read the caller from here: the request's user, or every row for work done outside a request.
        services.AddHttpContextAccessor();
        services.TryAddScoped(provider => provider.GetRequiredService<IHttpContextAccessor>().HttpContext is { } http
            ? RowScope.For(http.User)
            : RowScope.Everything);
        foreach (var slice in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IQueryFields).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IQueryFields), slice);
        }

        foreach (var slice in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMutationFields).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IMutationFields), slice);
        }

        services.AddScoped<MutationRunner>();
        services.AddScoped<Authorization.WriteRules>();
        services.AddSingleton(TimeProvider.System);

        services.AddGraphQL(builder => builder
            .AddSchema<PmoSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(DependencyInjection).Assembly)
            // One DbContext per request: siblings resolve one after another, batched per level by BatchLoader.
            .AddExecutionStrategy<CompiledReadStrategy>(OperationType.Query));
        return services;
    }
}
