using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Security;

/// <summary>Sign-in, roles and row rules, reporting keys, and the limits against abuse.</summary>
internal static class SecurityExtensions
{
    /// <summary>The scheme that picks a reporting key on <c>/odata</c> and <c>/reports</c>, a bearer token everywhere else.</summary>
    public const string Scheme = "Pmo";

    public const string CorsSection = "Cors:AllowedOrigins";

    public static IServiceCollection AddPmoSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(o => o.ClockSkewSeconds is >= 0 and <= JwtBearerSetup.MaxClockSkewSeconds, "Auth:ClockSkewSeconds must be between 0 and 59.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Algorithm), "Auth:Algorithm names the one accepted signing algorithm.")
            .Validate(o => o.ValidatedTokenCacheEntries >= 0, "Auth:ValidatedTokenCacheEntries must not be negative.")
            .ValidateOnStart();
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section)
            .Validate(o => o is { MaxDepth: > 0, MaxCost: > 0, MaxExpandedFields: > 0, MaxFieldComparisons: > 0, MaxAliases: >= 0, MaxRootFields: > 0, MaxIntrospectionOfTypeDepth: > 0, MaxIntrospectionTypeLists: > 0, ExecutionTimeoutSeconds: > 0, RateLimitPermits: > 0, RateLimitWindowSeconds: > 0 },
                "Every Limits value must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => new SigningKeys(sp.GetRequiredService<IOptions<AuthOptions>>().Value, environment));
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<ReportingKeyStore>();

        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token or reporting key", o => o.ForwardDefaultSelector = http =>
                ReportingKeyHandler.Applies(http.Request) ? ReportingKeyHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ReportingKeyHandler>(ReportingKeyHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, SignedInRequirement>();
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder(Scheme).AddRequirements(new SignedInRequirement()).Build());

        services.AddSingleton<IConfigureExecution, ExecutionLimits>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IErrorInfoProvider, TraceIdErrorInfoProvider>();

        var limits = configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();
        services.AddPmoRateLimiting(limits);
        var origins = configuration.GetSection(CorsSection).Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "Accept", "Idempotency-Key", "GraphQL-Preflight", "X-Requested-With", ReportingKeyHandler.Header)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        // Every logger writes through the redactor: no token or key reaches a log line.
        var factory = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory));
        if (factory is { ImplementationType: { } implementation })
        {
            services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp =>
                new RedactingLoggerFactory((ILoggerFactory)ActivatorUtilities.CreateInstance(sp, implementation), sp.GetService<IHttpContextAccessor>())));
        }

        return services;
    }

    /// <summary>
    /// Coded error bodies, CORS, sign-in, rate limits and authorization, in that order (the limiter partitions by who
    /// signed in; the error bodies wrap everything, endpoints included).
    /// </summary>
    public static IApplicationBuilder UsePmoSecurity(this IApplicationBuilder app)
    {
        // Resolved now, not on the first signed-in request, so a server with no way to check tokens refuses to start.
        _ = app.ApplicationServices.GetRequiredService<SigningKeys>();
        app.UseMiddleware<ErrorBodies>();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        // A manager's portfolios are read once per request, before anything reads the store through the row rules.
        app.Use(async (http, next) =>
        {
            var scope = http.RequestServices.GetRequiredService<RowScope>();
            if (!scope.IsLoaded)
            {
                await scope.LoadAsync(http.RequestServices.GetRequiredService<PmoDbContext>(), http.RequestAborted);
            }

            await next(http);
        });
        return app;
    }
}
