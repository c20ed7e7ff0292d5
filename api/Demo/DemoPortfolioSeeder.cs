using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using PmoGraph.Migrations.Postgres;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Loads a realistic, deterministic demo portfolio: the same <see cref="DemoScale"/> always writes exactly the same
/// rows, dated around a fixed status date of 31 October 2026, and ships twelve closed months (EVM snapshots, RAG and
/// KPI values up to October 2026) computed by the production close (<see cref="DemoHistory"/>). Other derived data
/// (scenarios) is left for the features that compute it.
/// </summary>
public sealed class DemoPortfolioSeeder(PmoDbContext db, IOptions<KpiOptions> kpiOptions, ILoggerFactory loggers)
{
    private readonly ILogger<DemoPortfolioSeeder> _logger = loggers.CreateLogger<DemoPortfolioSeeder>();

    /// <summary>How the projects' rows are written: in bulk (the default), or through EF Core's change tracker.</summary>
    public DemoWritePath WritePath { get; set; } = DemoWritePath.Bulk;

    /// <summary>Loads the demo portfolio when the store has no portfolio; returns false (and writes nothing) otherwise.</summary>
    public async Task<bool> SeedIfEmptyAsync(DemoScale scale, CancellationToken cancellationToken, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (await db.Set<Portfolio>().AnyAsync(cancellationToken))
        {
            _logger.DemoSkipped();
            return false;
        }

        await SeedAsync(scale, progress, cancellationToken);
        return true;
    }

    /// <summary>
    /// Loads unconditionally (the caller knows the store is empty), in one transaction so a failure leaves the store
    /// as it was. <paramref name="progress"/> hears (done, total) after each step.
    /// </summary>
    public async Task SeedAsync(DemoScale scale, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale.Projects);
        var strategy = db.Database.CreateExecutionStrategy();
        var tally = await strategy.ExecuteAsync(ct => LoadAsync(scale, progress, ct), cancellationToken);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.DemoLoaded(scale.Projects, scale.Seed, tally.Summary());
        }
    }

    private async Task<DemoTally> LoadAsync(DemoScale scale, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var detectChanges = tracker.AutoDetectChangesEnabled;
        tracker.Clear();

        // Every row is added as new and never modified, so change detection is pure overhead at scale.
        tracker.AutoDetectChangesEnabled = false;
        var postgres = db.Database.ProviderName == PostgresStore.ProviderName;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var restore = WritePath == DemoWritePath.Bulk && !postgres ? await SqliteDemoRowSink.TuneForBulkLoadAsync(db.Database, cancellationToken) : null;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            IDemoRowSink? sink = WritePath != DemoWritePath.Bulk ? null
                : postgres ? new PostgresDemoRowSink((NpgsqlConnection)db.Database.GetDbConnection())
                : new SqliteDemoRowSink(db.Database.GetDbConnection(), transaction.GetDbTransaction());
            var writer = sink is null ? null : new DemoBulkWriter(db, sink);
            var run = new DemoRun(scale);
            var total = 2 + run.Sizing.Batches;
            _logger.DemoLoading(scale.Projects, scale.Seed, run.Sizing.Batches);
            progress?.Report((0, total));

            run.Directory = await new DemoReferenceLoader(db, run).LoadAsync(cancellationToken);
            run.Stages = DemoStageMix.Draw(run.Random, scale.Projects);
            var unaligned = scale.Projects >= 10 ? Math.Max(2, scale.Projects / 30) : 0;
            run.Unaligned.UnionWith(run.Random.Distinct(unaligned, scale.Projects));
            progress?.Report((1, total));

            var batches = new DemoBatchBuilder(run);
            var history = new DemoHistory(db, kpiOptions.Value, loggers, sink is null ? null : new DemoBulkWriter(db, sink));
            for (var batch = 0; batch < run.Sizing.Batches; batch++)
            {
                var first = batch * DemoSizing.BatchSize;
                var projects = batches.Build(first, Math.Min(DemoSizing.BatchSize, scale.Projects - first), cancellationToken);
                if (writer is not null)
                {
                    run.Tally.Count(await writer.WriteAsync(projects, cancellationToken));
                }
                else
                {
                    db.Set<Project>().AddRange(projects);
                    run.Tally.Count(tracker);
                    await db.SaveChangesAsync(cancellationToken);
                    tracker.Clear();
                }

                foreach (var (project, plan) in projects.Zip(batches.Plans))
                {
                    history.Remember(project, plan);
                }

                progress?.Report((batch + 2, total));
            }

            // The closes change rows as the timeline moves, so they need change detection back (on the bulk path, the
            // close's rows are still gathered by the change tracker before they are written).
            tracker.AutoDetectChangesEnabled = detectChanges;
            await history.CloseMonthsAsync(cancellationToken);
            if (sink is not null)
            {
                // Identity sequences move past every id written, the closes' rows included (they go through the sink too).
                await sink.CompleteAsync(cancellationToken);
            }

            progress?.Report((total, total));

            await transaction.CommitAsync(cancellationToken);
            return run.Tally;
        }
        finally
        {
            tracker.Clear();
            tracker.AutoDetectChangesEnabled = detectChanges;
            if (restore is not null)
            {
                await restore();
            }

            await db.Database.CloseConnectionAsync();
        }
    }
}
