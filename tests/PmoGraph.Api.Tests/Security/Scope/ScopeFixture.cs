using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// The API over the demo portfolio, its schema as introspection gives it, the store read without rules, and a caller
/// of each reading role: a portfolio manager who owns some portfolios but not all, a project manager who works in some
/// but not all, and a viewer.
/// </summary>
public sealed class ScopeFixture : IAsyncLifetime
{
    public static readonly string[] Roles = [PmoRoles.PortfolioManager, PmoRoles.ProjectManager, PmoRoles.Viewer];

    public PmoApiFactory Api { get; } = NewApi();

    internal GraphSchema Schema { get; private set; } = null!;

    internal StoreUniverse Store { get; private set; } = null!;

    internal IReadOnlyList<string> Entities { get; private set; } = [];

    internal DocumentBuilder Documents { get; private set; } = null!;

    /// <summary>The API with the cost limit lifted: a walk selects everything at once. Other limits stay as shipped.</summary>
    public static PmoApiFactory NewApi() => new PmoApiFactory().WithoutCostLimit();

    public async Task InitializeAsync()
    {
        Store = await StoreUniverse.ReadAsync(Api);
        Schema = await GraphSchema.LoadAsync(Api.CreateClient());
        Entities = [.. Store.ById.Keys.Where(Schema.Types.ContainsKey)];
        Documents = new DocumentBuilder(Schema, Entities);
    }

    public Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The caller of <paramref name="role"/> the walk runs as.</summary>
    internal CallerScope CallerFor(string role) => For(Store, role);

    internal static CallerScope For(StoreUniverse store, string role)
    {
        var portfolios = store.ById["Portfolio"].Keys.ToList();
        string? subject = role switch
        {
            PmoRoles.PortfolioManager => store.PortfolioOwners.Values.OfType<string>()
                .Where(s => store.PortfolioOwners.Count(o => o.Value == s) < portfolios.Count).Order(StringComparer.Ordinal).FirstOrDefault(),
            PmoRoles.ProjectManager => store.ProjectManagers.SelectMany(m => m.Value.Select(s => (Portfolio: m.Key, Subject: s)))
                .GroupBy(m => m.Subject).Where(g => g.Count() < portfolios.Count)
                .OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault(),
            _ => "scope.walk." + role,
        };
        Assert.True(subject is not null, $"the demo portfolio has a {role} who sees some portfolios but not all");
        var scope = new CallerScope(store, role, subject);
        Assert.True(role == PmoRoles.Viewer || (scope.Visible.Count > 0 && scope.HiddenRows.Count > 0), $"{scope} sees some rows and not others");
        return scope;
    }

    internal HttpClient ClientFor(CallerScope caller) => Api.CreateClientFor(caller.Role, caller.Subject);
}
