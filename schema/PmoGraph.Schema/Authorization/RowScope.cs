using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Authorization;

/// <summary>
/// Which rows the store hands out to whoever the current unit of work acts for. Every <see cref="PmoDbContext"/> is
/// created with one, and the context's global query filters read it (see <see cref="RowRules"/>), so every query of the
/// context, whatever code wrote it, is restricted: the query engine's lists, lookups and filters over navigations,
/// custom resolvers, mutations' lookups and the validation messages they write.
/// </summary>
/// <remarks>
/// pmo-admin and work that acts for nobody (start-up, CLI verbs) read every row; analysts and viewers read every
/// portfolio, but not the audit trail, reporting keys or cross-portfolio selection scenarios; portfolio and project
/// managers read the portfolios they own or manage a project in; a caller without a known role reads nothing.
/// A manager's portfolios are read from the store once per request by <see cref="LoadAsync"/>; until then the scope
/// refuses to say, so a query that runs before it fails instead of reading too much.
/// </remarks>
public sealed class RowScope
{
    private IReadOnlyList<int>? _portfolioIds;

    private RowScope(bool isUnrestricted, bool allPortfolios, string? managerRole, string? subject, IReadOnlyList<int>? portfolioIds)
    {
        IsUnrestricted = isUnrestricted;
        AllPortfolios = allPortfolios;
        ManagerRole = managerRole;
        Subject = subject;
        _portfolioIds = portfolioIds;
    }

    /// <summary>Every row, with no filter in the SQL: pmo-admin, and work done for nobody in particular.</summary>
    public static RowScope Everything { get; } = new(true, true, null, null, []);

    /// <summary>No row of any portfolio: a caller without a role this service knows.</summary>
    public static RowScope Nothing { get; } = new(false, false, null, null, []);

    /// <summary>Whether the context runs without row filters (its model has none).</summary>
    public bool IsUnrestricted { get; }

    /// <summary>Whether every portfolio's rows are readable (the filters still hide the audit trail and keys).</summary>
    public bool AllPortfolios { get; }

    /// <summary>The manager role whose portfolios <see cref="LoadAsync"/> reads, or null.</summary>
    public string? ManagerRole { get; }

    /// <summary>The signed-in subject the manager's portfolios are found by.</summary>
    public string? Subject { get; }

    /// <summary>Whether a manager's portfolios are known yet.</summary>
    public bool IsLoaded => _portfolioIds is not null;

    /// <summary>The portfolios whose rows are readable when <see cref="AllPortfolios"/> is false.</summary>
    /// <exception cref="InvalidOperationException">The manager's portfolios have not been read yet.</exception>
    public IReadOnlyList<int> PortfolioIds => _portfolioIds
        ?? throw new InvalidOperationException("The caller's row scope was used before its portfolios were read (RowScope.LoadAsync).");

    /// <summary>
    /// Everything <see cref="RowRules"/> reads from a scope, as text: two scopes with the same text let the same rows
    /// through, so a statement built for one is right for the other (the compiled path's statement cache keys on it).
    /// Null while a manager's portfolios are unread. A rule that reads another member of the scope must add it here;
    /// <c>CompiledStatementCacheTests.RowRules_ReadNothingOfTheCallerButWhatRuleInputsWritesDown</c> fails
    /// until it does.
    /// </summary>
    internal string? RuleInputs => IsUnrestricted ? "unrestricted"
        : AllPortfolios ? "all"
        : _portfolioIds is null ? null
        : "portfolios:" + string.Join(',', _portfolioIds);

    /// <summary>The scope of <paramref name="user"/>, by the most powerful role it carries.</summary>
    public static RowScope For(ClaimsPrincipal? user) => Caller.RoleOf(user) switch
    {
        PmoRoles.PmoAdmin => Everything,
        PmoRoles.Analyst or PmoRoles.Viewer => new RowScope(false, true, null, null, []),
        PmoRoles.PortfolioManager or PmoRoles.ProjectManager when Caller.SubjectOf(user) is { Length: > 0 } subject =>
            new RowScope(false, false, Caller.RoleOf(user), subject, null),
        _ => Nothing,
    };

    /// <summary>Reads a manager's portfolios (a portfolio manager's own, a project manager's where they manage a project).</summary>
    public async Task LoadAsync(PmoDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_portfolioIds is not null)
        {
            return;
        }

        var query = ManagerRole == PmoRoles.PortfolioManager
            ? db.Set<Portfolio>().IgnoreQueryFilters().Where(p => p.Owner != null && p.Owner.Subject == Subject).Select(p => p.Id)
            : db.Set<Project>().IgnoreQueryFilters().Where(p => p.Manager != null && p.Manager.Subject == Subject).Select(p => p.Program.PortfolioId);
        _portfolioIds = await query.Distinct().OrderBy(id => id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
