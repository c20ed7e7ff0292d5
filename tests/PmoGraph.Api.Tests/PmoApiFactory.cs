using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Tests.Store;

namespace PmoGraph.Api.Tests;

/// <summary>
/// The API over a real store of its own — a SQLite file, or a fresh PostgreSQL database when the run is for
/// PostgreSQL (<see cref="TestStores"/>) — migrated and loaded with the demo portfolio exactly as on first start.
/// Share one per test class (<c>IClassFixture&lt;PmoApiFactory&gt;</c>); tests that write make their own.
/// </summary>
public sealed partial class PmoApiFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public PmoApiFactory()
        : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    private PmoApiFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The API on a store of its own on <paramref name="provider"/>, whatever the run's provider.</summary>
    public static PmoApiFactory On(string provider) => new(TestDatabase.Create(provider), ownsDatabase: true);

    /// <summary>Another API instance over <paramref name="database"/>, which the caller keeps and disposes.</summary>
    public static PmoApiFactory Over(TestDatabase database) => new(database, ownsDatabase: false);

    /// <summary>The store this API runs on.</summary>
    public TestDatabase Database { get; }

    /// <summary>Every SQL statement the API sends.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Extra configuration a test class wants, applied over the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>
    /// Lifts the query cost limit, for test classes whose whole-portfolio queries cost more than the default allows
    /// (the limit itself is LimitTests' subject). Call before the first client is created.
    /// </summary>
    public PmoApiFactory WithoutCostLimit()
    {
        Settings["Limits:MaxCost"] = "100000000";
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Pmo", Database.ConnectionString);
        ConfigureSecurity(builder);

        // The execution timeout is LimitTests' subject, which sets its own; elsewhere a loaded CI machine running the
        // suite in parallel must not turn a slow whole-portfolio request into a spurious EXECUTION_TIMEOUT.
        builder.UseSetting("Limits:ExecutionTimeoutSeconds", "600");
        // Every query the suite sends is answered by both read paths; a difference is an error in the answer.
        builder.UseSetting("GraphQL:CompiledReads:Mode", "Differential");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
