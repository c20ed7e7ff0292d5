using System.Reflection;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Store;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// The request's context comes from a pool of reused contexts (<see cref="PmoContextPool"/>): whoever leased a context
/// before, the next caller reads exactly the rows a context made for it alone reads, on every entity of the model.
/// </summary>
public sealed class ContextPoolTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private static readonly MethodInfo _countRows = typeof(ContextPoolTests).GetMethod(nameof(CountRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Fact]
    public async Task Lease_AfterAnyOtherCaller_ReadsWhatAContextOfItsOwnReads()
    {
        var options = factory.Services.GetRequiredService<DbContextOptions<PmoDbContext>>();
        var callers = await CallersAsync(options);
        Assert.True(callers.Count >= 6, $"{callers.Count} callers");

        // What each caller reads through a context made for it alone: the row count of every entity of the model.
        var expected = new Dictionary<string, string>();
        foreach (var (name, user) in callers)
        {
            await using var own = PmoDbContext.For(options, await LoadedAsync(user, options));
            expected[name] = await FingerprintAsync(own);
        }

        Assert.True(expected.Values.Distinct().Count() >= 4, "the callers read different rows: " + string.Join(" | ", expected.Values.Distinct()));

        // A small pool, so every lease reuses a context an earlier caller had; callers in a seeded random order.
        var pool = new PmoContextPool(options, size: 2);
        var random = new Random(20261206);
        var instances = new HashSet<Guid>();
        for (var i = 0; i < 60; i++)
        {
            var (name, user) = callers[random.Next(callers.Count)];
            var scope = RowScope.For(user);
            await using var db = pool.Lease(scope);
            instances.Add(db.ContextId.InstanceId);
            await scope.LoadAsync(db, CancellationToken.None);
            Assert.Equal(expected[name], await FingerprintAsync(db));
        }

        // Leases one after another reuse one context per kind.
        Assert.InRange(instances.Count, 1, 2);
    }

    [Fact]
    public async Task Context_WithRowRules_ReadsNothingOutsideItsLease()
    {
        var options = factory.Services.GetRequiredService<DbContextOptions<PmoDbContext>>();
        var pool = new PmoContextPool(options, size: 1);
        var viewer = RowScope.For(User(PmoRoles.Viewer, "pool.viewer"));
        var db = pool.Lease(viewer);
        Assert.True(db.HasRowRules);
        Assert.NotEmpty(await db.Set<Project>().ToListAsync());
        Assert.Throws<InvalidOperationException>(() => db.Enter(RowScope.For(User(PmoRoles.Analyst, "pool.analyst"))));
        await db.DisposeAsync();

        // Back in the pool, the context no longer says whose rows it reads, and a query through it fails.
        Assert.Throws<InvalidOperationException>(() => db.Scope);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => db.Set<Project>().ToListAsync());

        // The next lease is the same context, for its new caller only.
        await using var next = pool.Lease(RowScope.Nothing);
        Assert.Same(db, next);
        Assert.Same(RowScope.Nothing, next.Scope);
        Assert.Empty(await next.Set<Project>().ToListAsync());
    }

    [Fact]
    public async Task Enter_ScopeOfTheOtherKind_Throws()
    {
        var options = factory.Services.GetRequiredService<DbContextOptions<PmoDbContext>>();
        var pool = new PmoContextPool(options, size: 1);
        await using (var admin = pool.Lease(RowScope.Everything))
        {
            Assert.False(admin.HasRowRules);
            Assert.Throws<InvalidOperationException>(() => admin.Enter(RowScope.Nothing));
        }

        await using var restricted = pool.Lease(RowScope.Nothing);
        Assert.Throws<InvalidOperationException>(() => restricted.Enter(RowScope.Everything));
        await using var unrestricted = PmoDbContext.For(options, RowScope.Everything);
        Assert.NotSame(restricted.Model, unrestricted.Model);
    }

    [Fact]
    public async Task Requests_ShareContextsAndEachReadsItsOwnRows()
    {
        var owner = await factory.ReadAsync(db => db.Set<Portfolio>().Where(p => p.Owner != null && p.Owner.Subject != null).Select(p => p.Owner!.Subject!).FirstAsync());
        var clients = new[]
        {
            factory.CreateClientFor(PmoRoles.PortfolioManager, owner),
            factory.CreateClientFor(PmoRoles.Viewer, "pool.viewer"),
            factory.CreateClientFor(PmoRoles.PmoAdmin, "pool.admin"),
            factory.CreateClientFor(PmoRoles.ProjectManager, "pool.nobody"),
        };
        const string query = "{ projects(first: 50, order: [{ id: ASC }]) { totalCount nodes { id } } }";
        var first = new List<string>();
        foreach (var client in clients)
        {
            first.Add((await client.QueryAsync(query)).ToString());
        }

        // The portfolio manager some projects, the viewer and pmo-admin all of them, a project manager of nothing none.
        Assert.Equal(3, first.Distinct().Count());
        Assert.Equal(first[1], first[2]);
        Assert.Contains("\"totalCount\":0", first[3], StringComparison.Ordinal);
        for (var round = 0; round < 3; round++)
        {
            var answers = await Task.WhenAll(clients.Select(c => c.QueryAsync(query)));
            Assert.Equal(first, answers.Select(a => a.ToString()));
        }
    }

    [Theory]
    [InlineData(null, 256)]
    [InlineData("1", 1)]
    [InlineData("4096", 4096)]
    public void PoolSize_IsReadFromConfiguration(string? setting, int size) =>
        Assert.Equal(size, Settings(setting).ContextPoolSize);

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("65537")]
    public void PoolSize_OutOfRange_StopsStartWithTheSettingsName(string setting) =>
        Assert.Contains("Database:ContextPoolSize", Assert.Throws<ConfigurationProblemException>(() => Settings(setting)).Message, StringComparison.Ordinal);

    private static StoreSettings Settings(string? poolSize) => StoreSettingsFor.Setting("Database:ContextPoolSize", poolSize);

    private static async Task<List<(string Name, ClaimsPrincipal User)>> CallersAsync(DbContextOptions<PmoDbContext> options)
    {
        await using var db = new PmoDbContext(options);
        var owners = await db.Set<Portfolio>().Where(p => p.Owner != null && p.Owner.Subject != null).Select(p => p.Owner!.Subject!).Distinct().OrderBy(s => s).Take(3).ToListAsync();
        var managers = await db.Set<Project>().Where(p => p.Manager != null && p.Manager.Subject != null).Select(p => p.Manager!.Subject!).Distinct().OrderBy(s => s).Take(3).ToListAsync();
        return
        [
            ("admin", User(PmoRoles.PmoAdmin, "pool.admin")),
            ("viewer", User(PmoRoles.Viewer, "pool.viewer")),
            ("nobody", User("auditor", "pool.nobody")),
            .. owners.Select(s => ("owner " + s, User(PmoRoles.PortfolioManager, s))),
            .. managers.Select(s => ("manager " + s, User(PmoRoles.ProjectManager, s))),
        ];
    }

    private static async Task<RowScope> LoadedAsync(ClaimsPrincipal user, DbContextOptions<PmoDbContext> options)
    {
        var scope = RowScope.For(user);
        await using var reader = new PmoDbContext(options);
        await scope.LoadAsync(reader, CancellationToken.None);
        return scope;
    }

    /// <summary>The number of rows the context reads of every entity type of its model, in name order.</summary>
    private static async Task<string> FingerprintAsync(PmoDbContext db)
    {
        var counts = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>)).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var count = await (Task<int>)_countRows.MakeGenericMethod(entity.ClrType).Invoke(null, [db])!;
            counts.Add($"{entity.ClrType.Name}={count}");
        }

        return string.Join(' ', counts);
    }

    private static Task<int> CountRowsAsync<TEntity>(PmoDbContext db)
        where TEntity : class => db.Set<TEntity>().CountAsync();

    private static ClaimsPrincipal User(string role, string subject) => new(new ClaimsIdentity(
        [new Claim(PmoRoles.ClaimType, role), new Claim(PmoRoles.SubjectClaimType, subject)], "test", PmoRoles.SubjectClaimType, PmoRoles.ClaimType));
}
