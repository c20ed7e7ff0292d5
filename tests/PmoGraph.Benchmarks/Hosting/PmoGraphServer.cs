using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>The real PmoGraph API, in this process, on Kestrel over loopback, reading the prepared store.</summary>
internal sealed class PmoGraphServer : WebApplicationFactory<Program>
{
    private readonly string _databasePath;
    private readonly string _environment;

    public PmoGraphServer(string databasePath, int port, string environment)
    {
        _databasePath = databasePath;
        _environment = environment;
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
        builder.UseSetting("ConnectionStrings:Pmo", $"Data Source={_databasePath}");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlStatements));
    }
}
