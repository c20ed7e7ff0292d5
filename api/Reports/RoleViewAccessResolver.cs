using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Reports.Access;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Reports;

/// <summary>
/// Who reads what on <c>/odata</c> and <c>/reports</c>, by role, decided here and nowhere else: pmo-admin, analyst
/// (and so every reporting key) read everything; a viewer reads every row of the open columns; a portfolio manager
/// reads the rows of the portfolios they own and a project manager those of the portfolios they manage a project in,
/// the same portfolios as on GraphQL (<see cref="RoleRowAccessPolicy"/>); any other caller nothing (403).
/// </summary>
internal sealed class RoleViewAccessResolver(PmoDbContext db) : IViewAccessResolver
{
    public async Task<ViewAccess?> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => Caller.RoleOf(user) switch
    {
        PmoRoles.PmoAdmin or PmoRoles.Analyst => ViewAccess.Everything,
        PmoRoles.Viewer => ViewAccess.OpenColumnsOnly,
        var role when role is PmoRoles.PortfolioManager or PmoRoles.ProjectManager =>
            ViewAccess.WithinPortfolios(await PortfoliosAsync(role, Caller.SubjectOf(user), cancellationToken)),
        _ => null,
    };

    /// <summary>
    /// The manager's portfolios, read by subject directly (the row rules' query filters, whatever they become, must not
    /// narrow or widen the one set this decision is made from). No subject, no portfolio: a null subject would
    /// otherwise match every person without one.
    /// </summary>
    private async Task<List<int>> PortfoliosAsync(string role, string? subject, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return [];
        }

        var portfolios = role == PmoRoles.PortfolioManager
            ? db.Set<Portfolio>().IgnoreQueryFilters().Where(p => p.Owner != null && p.Owner.Subject == subject).Select(p => p.Id)
            : db.Set<Project>().IgnoreQueryFilters().Where(p => p.Manager != null && p.Manager.Subject == subject).Select(p => p.Program.PortfolioId);
        return await portfolios.Distinct().ToListAsync(cancellationToken);
    }
}
