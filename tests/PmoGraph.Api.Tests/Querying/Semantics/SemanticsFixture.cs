using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>
/// One API over the demo portfolio plus a few edge-case rows (non-ASCII names, a sponsor without a department, a
/// project with no dates, risks, manager or external id, concurrency versions spread over several values), and the same rows read straight from the store into memory:
/// every semantics test computes its expectation with LINQ-to-objects over <see cref="Rows"/>, never through the engine.
/// </summary>
public sealed class SemanticsFixture : IAsyncLifetime
{
    /// <summary>The names of the projects added to the demo portfolio, in insertion order.</summary>
    public static readonly string[] EdgeCaseProjectNames = ["École numérique", "ÉCOLE PILOTE", "Ecole sans accent", "Straße Ausbau", "STRASSE Neubau"];

    public PmoApiFactory Api { get; } = new()
    {
        Settings =
        {
            // Whole-collection reads and hundreds of requests per class: neither limit is these tests' subject.
            ["Limits:MaxCost"] = "100000000",
            ["Limits:RateLimitPermits"] = "1000000",
        },
    };

    public HttpClient Client { get; private set; } = null!;

    public StoreRows Rows { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Api.CreateClient(); // starts the host: migrates and loads the demo portfolio
        await using (var db = new PmoDbContext(Api.Database.ContextOptions()))
        {
            await AddEdgeCasesAsync(db);
        }

        await using (var db = new PmoDbContext(Api.Database.ContextOptions()))
        {
            Rows = await StoreRows.LoadAsync(db);
        }
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Api.Dispose();
        return Task.CompletedTask;
    }

    private static async Task AddEdgeCasesAsync(PmoDbContext db)
    {
        var program = await db.Set<ProgramEntity>().OrderBy(p => p.Id).FirstAsync();
        var homeless = new Person { Name = "Émile Groß", Email = "emile.gross@northwind.example", JobTitle = null, DepartmentId = null };
        db.Add(homeless);
        var projects = EdgeCaseProjectNames.Select((name, i) => new Project
        {
            Code = $"EDGE-{i + 1:D2}",
            Name = name,
            Currency = "EUR",
            ProgramId = program.Id,
            Stage = LifecycleStage.Idea,
            Sponsor = i % 2 == 0 ? homeless : null,
            IsArchived = i == 3,
            BudgetAtCompletion = i == 4 ? 0.0001m : 0m,
        }).ToList();
        db.AddRange(projects);
        db.Add(new Milestone { Project = projects[0], Name = "Unweighted kick-off", PlannedDate = new DateOnly(2026, 12, 1), EarnedValueWeight = null });
        await db.SaveChangesAsync();

        // Spread the concurrency versions (a Long column) over several values, as edits would, for its filter's tests.
        await db.Set<Project>().Where(p => p.Id % 3 == 0).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + p.Id));
    }
}
