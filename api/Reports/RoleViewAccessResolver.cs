using System.Security.Claims;
using PmoGraph.Reports.Access;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Reports;

/// <summary>
/// Who reads what on <c>/odata</c> and <c>/reports</c>, by role, decided here and nowhere else: pmo-admin, analyst
/// (and so every reporting key) read everything; a viewer reads every row of the open columns; a portfolio manager
/// reads the rows of the portfolios they own and a project manager those of the portfolios they manage a project in,
/// the very portfolios the request's <see cref="RowScope"/> restricts GraphQL to; any other caller nothing (403).
/// </summary>
internal sealed class RoleViewAccessResolver(RowScope scope, PmoDbContext db) : IViewAccessResolver
{
    public async Task<ViewAccess?> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => Caller.RoleOf(user) switch
    {
        PmoRoles.PmoAdmin or PmoRoles.Analyst => ViewAccess.Everything,
        PmoRoles.Viewer => ViewAccess.OpenColumnsOnly,
        PmoRoles.PortfolioManager or PmoRoles.ProjectManager => ViewAccess.WithinPortfolios(await PortfoliosAsync(cancellationToken)),
        _ => null,
    };

    private async Task<IReadOnlyList<int>> PortfoliosAsync(CancellationToken cancellationToken)
    {
        // Loaded already by the request's pipeline; a no-op then, and the same read if this ever runs before it.
        await scope.LoadAsync(db, cancellationToken);
        return scope.PortfolioIds;
    }
}
