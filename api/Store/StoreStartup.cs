using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Demo;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Store;

internal static class StoreStartup
{
    /// <summary>Applies pending migrations.</summary>
    public static async Task MigrateStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<StoreSettings>();
        await using var startupLock = await PostgresStartupLock.AcquireAsync(settings, cancellationToken);
        await MigrateAsync(services, settings, cancellationToken);
    }

    /// <summary>
    /// Applies pending migrations and loads the demo portfolio into an empty store. On PostgreSQL both happen under
    /// an advisory lock, so instances starting together migrate and seed once: the others wait, then find the
    /// store migrated and loaded.
    /// </summary>
    public static async Task PrepareStoreAsync(this IServiceProvider services, DemoScale scale, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<StoreSettings>();
        await using var startupLock = await PostgresStartupLock.AcquireAsync(settings, cancellationToken);
        await MigrateAsync(services, settings, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoPortfolioSeeder>().SeedIfEmptyAsync(scale, cancellationToken);
    }

    private static async Task MigrateAsync(IServiceProvider services, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (!settings.IsPostgres)
        {
            // WAL lets readers (GraphQL, reports) run while a mutation writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
