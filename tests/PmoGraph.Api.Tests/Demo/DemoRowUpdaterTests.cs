using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoGraph.Api.Demo;
using PmoGraph.Api.Tests.Store;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Milestones;

namespace PmoGraph.Api.Tests.Demo;

/// <summary>
/// The demo timeline's prepared update, row after row, on a store connected as the API connects: every row gets the
/// values it was given. On PostgreSQL the store's automatic preparation prepares the statement on its second run, and
/// from then on Npgsql binds the parameters it was prepared with; an updater that replaced its parameters for each row
/// rewrote that second row over and over, still reporting one row changed each time.
/// </summary>
public sealed class DemoRowUpdaterTests
{
    [Fact]
    public async Task UpdateAsync_RowAfterRowOnSqlite_EachRowGetsItsOwnValues() =>
        await AssertEachRowGetsItsOwnValuesAsync(TestStores.Sqlite);

    [PostgresFact]
    public async Task UpdateAsync_RowAfterRowOnPostgres_EachRowGetsItsOwnValues() =>
        await AssertEachRowGetsItsOwnValuesAsync(TestStores.Postgres);

    private static async Task AssertEachRowGetsItsOwnValuesAsync(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = new PmoDbContext(database.ApiContextOptions());
        await db.Database.MigrateAsync();
        await new DemoPortfolioSeeder(db, Options.Create(new KpiOptions()), NullLoggerFactory.Instance).SeedAsync(new DemoScale(3), null, CancellationToken.None);
        var ids = await db.Set<Milestone>().OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        Assert.True(ids.Count >= 6, $"{ids.Count} milestones");

        // One connection throughout, as the seed holds one; two updaters in turn, as two months of the timeline: the
        // second finds the statement already prepared on the connection.
        await db.Database.OpenConnectionAsync();
        foreach (var round in new[] { 1, 2 })
        {
            var expected = ids.Select((id, i) => (Id: id, ActualDate: i % 3 == 0 ? null : (DateOnly?)new DateOnly(2026, round, 1).AddDays(i), PercentComplete: (i % 90) + (round / 4m))).ToList();
            await using (var updater = DemoRowUpdater.Create<Milestone>(db, nameof(Milestone.ActualDate), nameof(Milestone.PercentComplete)))
            {
                foreach (var row in expected)
                {
                    await updater.UpdateAsync(row.Id, [row.ActualDate, row.PercentComplete], CancellationToken.None);
                }
            }

            var stored = await db.Set<Milestone>().AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.ActualDate, m.PercentComplete }).ToListAsync();
            Assert.Equal(expected, stored.Select(m => (m.Id, m.ActualDate, m.PercentComplete)));
        }
    }
}
