using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// The real PmoGraph API, in this process, on Kestrel over loopback, reading the prepared store (SQLite or PostgreSQL, configured as the API is in service). Its configuration is
/// the shipped one except for the limits a load test must lift (<see cref="BenchLimits"/>) and a signing key made for
/// this run.
/// </summary>
internal sealed class PmoGraphServer : WebApplicationFactory<Program>
{
    private readonly BenchStore _store;
    private readonly string _environment;
    private readonly string? _signingKey;
    private readonly int? _oDataPageSize;
    private readonly string? _compiledReads;

    // compiledReads: the API's GraphQL:CompiledReads:Mode when not its default.
    public PmoGraphServer(BenchStore store, int port, string environment, string? signingKey, int? oDataPageSize, string? compiledReads = null)
    {
        _compiledReads = compiledReads;
        _oDataPageSize = oDataPageSize;
        _store = store;
        _environment = environment;
        _signingKey = signingKey;
        Port = port;
        UseKestrel(port);

        // WebApplicationFactory looks for the content root here first; the harness is not a test project it can infer it from.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PMOGRAPH_API", RepositoryPaths.ApiFolder());
    }

    public int Port { get; }

    public SqlStatementCounter SqlStatements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:Pmo", _store.ConnectionString);
        if (_store.IsPostgres)
        {
            builder.UseSetting("Database:Provider", "Postgres");
        }
        if (_signingKey is not null)
        {
            builder.UseSetting("Auth:SigningKeys:0", _signingKey);
        }

        foreach (var (name, value) in BenchLimits.Settings)
        {
            builder.UseSetting(name, value.ToString(CultureInfo.InvariantCulture));
        }

        if (_compiledReads is not null)
        {
            builder.UseSetting("GraphQL:CompiledReads:Mode", _compiledReads);
        }

        if (_oDataPageSize is { } pageSize)
        {
            builder.UseSetting("OData:PageSize", pageSize.ToString(CultureInfo.InvariantCulture));
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlStatements));
    }
}
