using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using PmoGraph.Api.Demo;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Store;

internal static class StoreStartup
{
    /// <summary>Applies pending migrations.</summary>
    public static async Task MigrateStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<StoreSettings>();
        await PostgresDatabase.EnsureExistsAsync(settings, Console.Out, cancellationToken);
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
        await PostgresDatabase.EnsureExistsAsync(settings, Console.Out, cancellationToken);
        await using var startupLock = await PostgresStartupLock.AcquireAsync(settings, cancellationToken);
        await MigrateAsync(services, settings, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoPortfolioSeeder>().SeedIfEmptyAsync(scale, cancellationToken);
    }

    private static async Task MigrateAsync(IServiceProvider services, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        if (settings.IsPostgres)
        {
            await CreateHistoryTableAsync(db, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);

        // The reporting views read the alignment scores from the store; keep them equal to the configured ones.
        await AlignmentScores.SyncAsync(db, scope.ServiceProvider.GetRequiredService<IOptions<AlignmentScoreOptions>>().Value, cancellationToken);
        if (!settings.IsPostgres)
        {
            // WAL lets readers (GraphQL, reports) run while a mutation writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Creates the database and the migrations history table when they are missing. On a new PostgreSQL database,
    /// EF Core's migrator reads the history table before it creates it and logs that failed read as an error
    /// (dotnet/efcore#37328), which reads as a fault on a first start that is going well.
    /// </summary>
    private static async Task CreateHistoryTableAsync(PmoDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }
}
