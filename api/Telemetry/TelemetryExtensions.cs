using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PmoGraph.Api.GraphQL.Plans;

namespace PmoGraph.Api.Telemetry;

internal static class TelemetryExtensions
{
    private const string NpgsqlEfProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// OpenTelemetry traces and metrics over OTLP when <c>OpenTelemetry:Endpoint</c> is set: ASP.NET Core requests,
    /// database commands (Npgsql's own instrumentation on PostgreSQL, EF Core's on SQLite), one span per GraphQL
    /// operation and the plan cache's counters. Without an endpoint nothing is registered: no provider listens, so
    /// the GraphQL span is never created and nothing is exported.
    /// </summary>
    public static IServiceCollection AddPmoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IInterceptor, SqlStatementTally>();
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            return services;
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"OpenTelemetry:Endpoint must be an absolute http or https URL, not '{options.Endpoint}'.");
        }

        var protocol = options.Protocol.ToLowerInvariant() switch
        {
            "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new InvalidOperationException($"OpenTelemetry:Protocol must be 'grpc' or 'http/protobuf', not '{options.Protocol}'."),
        };

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(GraphQLTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddEntityFrameworkCoreInstrumentation(ef => ef.Filter = (provider, _) => provider != NpgsqlEfProvider)
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(OperationPlanCache.MeterName)
                .AddMeter(PmoGraph.Schema.Querying.CompiledReadStrategy.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation())
            .UseOtlpExporter(protocol, endpoint);
        return services;
    }
}
