using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// The API twice over the same data: once on SQLite, once on PostgreSQL (when a server is configured). Both load the
/// deterministic demo portfolio, then get the same few project names with accented capitals, so the stores'
/// case folding is put to the test.
/// </summary>
public sealed class TwoStores : IAsyncLifetime
{
    /// <summary>Project names written over the first projects' in both stores (id = index + 1).</summary>
    public static readonly string[] Names =
    [
        "École numérique", "ÉCOLE DES DONNÉES", "Réseau école", "Ecole sans accent", "Übergang Öl", "ÜBERGANG ÖL",
    ];

    public PmoApiFactory? Sqlite { get; private set; }

    public PmoApiFactory? Postgres { get; private set; }

    public HttpClient SqliteClient { get; private set; } = null!;

    public HttpClient PostgresClient { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (TestStores.PostgresAdminConnectionString is null)
        {
            return;
        }

        Sqlite = PmoApiFactory.On(TestStores.Sqlite);
        Postgres = PmoApiFactory.On(TestStores.Postgres);
        SqliteClient = Sqlite.CreateClient();
        PostgresClient = Postgres.CreateClient();
        await RenameAsync(Sqlite.Database);
        await RenameAsync(Postgres.Database);
    }

    public Task DisposeAsync()
    {
        Sqlite?.Dispose();
        Postgres?.Dispose();
        return Task.CompletedTask;
    }

    private static async Task RenameAsync(TestDatabase database)
    {
        await using var db = new PmoDbContext(database.ContextOptions());
        for (var i = 0; i < Names.Length; i++)
        {
            var id = i + 1;
            var name = Names[i];
            await db.Set<Project>().Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.Name, name));
        }
    }
}
