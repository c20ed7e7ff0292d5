using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Authorization;

/// <summary>
/// The row rules by role, as SQL: an anonymous caller or one without a known role reads nothing; pmo-admin, analyst
/// and viewer read every row (a viewer loses fields, not rows); a portfolio manager reads the portfolios they own and
/// a project manager the portfolios they manage a project in, together with the shared reference data. The audit
/// trail (before and after images of every change) is for pmo-admin only.
/// </summary>
public sealed class RoleRowAccessPolicy(PmoDbContext db) : IRowAccessPolicy
{
    public IQueryable<TEntity> Restrict<TEntity>(IQueryable<TEntity> rows, ClaimsPrincipal? user)
        where TEntity : Entity
    {
        ArgumentNullException.ThrowIfNull(rows);
        var role = Caller.RoleOf(user);
        if (role == PmoRoles.PmoAdmin)
        {
            return rows;
        }

        if (role is null || typeof(TEntity) == typeof(AuditEntry))
        {
            return rows.Where(_ => false);
        }

        if (role is PmoRoles.Analyst or PmoRoles.Viewer || PortfolioPath.Of<TEntity>() is not { } path)
        {
            return rows;
        }

        var portfolios = ReadablePortfolios(role, Caller.SubjectOf(user));
        return rows.Where(Within(path, portfolios));
    }

    /// <summary>The ids of the portfolios a manager works in, as a subquery.</summary>
    private IQueryable<int> ReadablePortfolios(string role, string? subject) => role == PmoRoles.PortfolioManager
        ? db.Set<Portfolio>().Where(p => p.Owner != null && p.Owner.Subject == subject).Select(p => p.Id)
        : db.Set<Project>().Where(p => p.Manager != null && p.Manager.Subject == subject).Select(p => p.Program.PortfolioId);

    /// <summary><c>row =&gt; portfolios.Contains(path(row))</c>.</summary>
    private static Expression<Func<TEntity, bool>> Within<TEntity>(Expression<Func<TEntity, int>> path, IQueryable<int> portfolios)
    {
        var contains = Expression.Call(
            typeof(Queryable), nameof(Queryable.Contains), [typeof(int)], Expression.Constant(portfolios, typeof(IQueryable<int>)), path.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, path.Parameters);
    }
}
