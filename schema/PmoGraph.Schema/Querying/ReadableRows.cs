using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Querying;

/// <summary>The one way the engine starts a query: untracked rows of an entity, restricted by the row rules.</summary>
public static class ReadableRows
{
    /// <summary>The rows of <typeparamref name="TEntity"/> that <paramref name="user"/> may read.</summary>
    public static IQueryable<TEntity> Of<TEntity>(IServiceProvider services, ClaimsPrincipal? user)
        where TEntity : Entity
    {
        ArgumentNullException.ThrowIfNull(services);
        var rows = services.GetRequiredService<PmoDbContext>().Set<TEntity>().AsNoTracking();
        return services.GetRequiredService<IRowAccessPolicy>().Restrict(rows, user);
    }

    /// <summary>
    /// The readable rows of <typeparamref name="TEntity"/> as a query to nest inside another one (a correlated child
    /// page): restricted by the same row rules, without <c>AsNoTracking</c>, which belongs to the outer query.
    /// </summary>
    internal static IQueryable<TEntity> Correlated<TEntity>(IServiceProvider services, ClaimsPrincipal? user)
        where TEntity : Entity =>
        services.GetRequiredService<IRowAccessPolicy>().Restrict(services.GetRequiredService<PmoDbContext>().Set<TEntity>(), user);
}
