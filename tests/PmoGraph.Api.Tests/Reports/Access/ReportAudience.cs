using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Security;
using PmoGraph.Reports.Views;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Reports.Access;

/// <summary>
/// One caller of <c>/odata</c> and <c>/reports</c> and what it must read, worked out here from the views' SQL headers
/// and the store's own tables (not from the code under test): which views, which columns, and which portfolios' rows.
/// </summary>
public sealed record ReportAudience(string Name, string? Role, string Subject)
{
    /// <summary>Every audience: each role, a reporting key, a manager of nothing.</summary>
    public static readonly IReadOnlyList<ReportAudience> All =
    [
        new("pmo-admin", PmoRoles.PmoAdmin, PmoApiFactory.AdminSubject),
        new("analyst", PmoRoles.Analyst, "test.analyst"),
        new("reporting-key", null, "reporting-key"),
        new("viewer", PmoRoles.Viewer, "test.viewer"),
        new("portfolio-manager", PmoRoles.PortfolioManager, "(first portfolio owner)"),
        new("project-manager", PmoRoles.ProjectManager, "(project manager of the fewest portfolios)"),
        new("manager-of-nothing", PmoRoles.ProjectManager, "nobody.at.all"),
    ];

    public static ReportAudience Named(string name) => All.Single(a => a.Name == name);

    public bool IsViewer => Role == PmoRoles.Viewer;

    public bool IsManager => Role is PmoRoles.PortfolioManager or PmoRoles.ProjectManager;

    /// <summary>Whether <paramref name="view"/> is refused: made of money or people as a whole for the viewer, unscoped for a manager.</summary>
    public bool IsRefused(ViewDefinition view) =>
        (IsViewer && view.Sensitivity != Sensitivity.Open) || (IsManager && view.Scope is null);

    public IReadOnlyList<string> ColumnsOf(ViewDefinition view) =>
        [.. view.Columns.Where(c => !IsViewer || c.Sensitivity == Sensitivity.Open).Select(c => c.Name)];

    public IReadOnlyList<ViewDefinition> Views => [.. ViewCatalogue.Views.Where(v => !IsRefused(v))];

    /// <summary>The subject signed in with: the placeholders become the store's first portfolio owner or project manager.</summary>
    public async Task<string> SubjectAsync(PmoApiFactory factory)
    {
        // The host creates and loads the store when it first starts.
        _ = factory.Services;
        return await SubjectInStoreAsync(factory);
    }

    private async Task<string> SubjectInStoreAsync(PmoApiFactory factory) => Subject switch
    {
        "(first portfolio owner)" => (await ReportStore.ColumnAsync<string>(factory,
            """SELECT pe."Subject" FROM "Portfolio" f JOIN "People" pe ON pe."Id" = f."OwnerId" WHERE pe."Subject" IS NOT NULL ORDER BY f."Id" LIMIT 1""")).Single(),
        "(project manager of the fewest portfolios)" => (await ReportStore.ColumnAsync<string>(factory,
            """
            SELECT pe."Subject" FROM "Project" p JOIN "Program" g ON g."Id" = p."ProgramId" JOIN "People" pe ON pe."Id" = p."ManagerId"
            WHERE pe."Subject" IS NOT NULL GROUP BY pe."Subject" ORDER BY COUNT(DISTINCT g."PortfolioId"), pe."Subject" LIMIT 1
            """)).Single(),
        _ => Subject,
    };

    /// <summary>The portfolios a manager reads, from the tables: owned, or holding a project they manage.</summary>
    public async Task<List<int>> PortfoliosAsync(PmoApiFactory factory)
    {
        var subject = (await SubjectAsync(factory)).Replace("'", "''", StringComparison.Ordinal);
        return await ReportStore.ColumnAsync<int>(factory, Role == PmoRoles.PortfolioManager
            ? $"""SELECT f."Id" FROM "Portfolio" f JOIN "People" pe ON pe."Id" = f."OwnerId" WHERE pe."Subject" = '{subject}'"""
            : $"""SELECT DISTINCT g."PortfolioId" FROM "Project" p JOIN "Program" g ON g."Id" = p."ProgramId" JOIN "People" pe ON pe."Id" = p."ManagerId" WHERE pe."Subject" = '{subject}'""");
    }

    /// <summary>
    /// The SQL condition, over the view's scope column, of the rows this audience reads (null: every row), written
    /// against the tables so that it is a second path to the answer, not the one under test.
    /// </summary>
    public async Task<string?> RowConditionAsync(PmoApiFactory factory, ViewDefinition view)
    {
        if (!IsManager || view.Scope == ViewDefinition.SharedScope)
        {
            return null;
        }

        var portfolios = await PortfoliosAsync(factory);
        var list = portfolios.Count == 0 ? "NULL" : string.Join(", ", portfolios.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        return view.Scope switch
        {
            ViewDefinition.PortfolioKey => $"portfolio_key IN ({list})",
            "project_key" => $"""project_key IN (SELECT p."Id" FROM "Project" p JOIN "Program" g ON g."Id" = p."ProgramId" WHERE g."PortfolioId" IN ({list}))""",
            _ => throw new InvalidOperationException($"{view.Name}: the test knows no path from '{view.Scope}' to a portfolio; add one."),
        };
    }

    /// <summary>A client signed in as this audience.</summary>
    public async Task<HttpClient> ClientAsync(PmoApiFactory factory)
    {
        if (Name == "reporting-key")
        {
            var client = factory.CreateAnonymousClient();
            client.DefaultRequestHeaders.Add(ReportingKeyHandler.Header, await ReportingKeyAsync(factory));
            return client;
        }

        return factory.CreateClientFor(Role!, await SubjectAsync(factory));
    }

    private static readonly SemaphoreSlim KeyLock = new(1, 1);
    private static readonly Dictionary<PmoApiFactory, string> Keys = [];

    private static async Task<string> ReportingKeyAsync(PmoApiFactory factory)
    {
        await KeyLock.WaitAsync();
        try
        {
            if (!Keys.TryGetValue(factory, out var key))
            {
                await using var scope = factory.Services.CreateAsyncScope();
                key = await scope.ServiceProvider.GetRequiredService<ReportingKeyStore>().CreateAsync("role-tests-" + Guid.NewGuid().ToString("N"), default);
                Keys[factory] = key;
            }

            return key;
        }
        finally
        {
            KeyLock.Release();
        }
    }

    public override string ToString() => Name;
}
