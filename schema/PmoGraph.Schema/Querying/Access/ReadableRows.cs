using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The one way the engine starts a query: untracked rows of an entity from the request's store. The row rules are not
/// applied here but by the store itself (global query filters over the caller's <c>RowScope</c>), so they hold for
/// every query, including the ones written outside the engine.
/// </summary>
public static class ReadableRows
{
    /// <summary>The rows of <typeparamref name="TEntity"/> the request's caller may read.</summary>
    public static IQueryable<TEntity> Of<TEntity>(IServiceProvider services)
        where TEntity : Entity
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<PmoDbContext>().Set<TEntity>().AsNoTracking();
    }

    /// <summary>
    /// The readable rows of <typeparamref name="TEntity"/> as a query to nest inside another one (a correlated child
    /// page), without <c>AsNoTracking</c>, which belongs to the outer query.
    /// </summary>
    internal static IQueryable<TEntity> Correlated<TEntity>(IServiceProvider services)
        where TEntity : Entity =>
        services.GetRequiredService<PmoDbContext>().Set<TEntity>();
}
