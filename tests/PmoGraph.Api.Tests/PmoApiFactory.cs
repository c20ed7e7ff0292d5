using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PmoGraph.Api.Tests;

/// <summary>
/// The API over a real SQLite file of its own, migrated and loaded with the demo portfolio exactly as on first start.
/// Share one per test class (<c>IClassFixture&lt;PmoApiFactory&gt;</c>); tests that write make their own.
/// </summary>
public sealed partial class PmoApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pmograph-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_directory, "pmograph.db");

    /// <summary>Every SQL statement the API sends.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Extra configuration a test class wants, applied over the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Pmo", $"Data Source={DatabasePath};Pooling=False");
        ConfigureSecurity(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
