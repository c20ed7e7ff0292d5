using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Demo;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Store;

internal static class StoreStartup
{
    /// <summary>Applies pending migrations.</summary>
    public static async Task MigrateStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers (GraphQL, reports) run while a mutation writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Applies pending migrations and loads the demo portfolio into an empty store.</summary>
    public static async Task PrepareStoreAsync(this IServiceProvider services, DemoScale scale, CancellationToken cancellationToken)
    {
        await services.MigrateStoreAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoPortfolioSeeder>().SeedIfEmptyAsync(scale, cancellationToken);
    }
}
