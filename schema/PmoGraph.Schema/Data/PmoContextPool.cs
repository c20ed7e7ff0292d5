using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Data;

/// <summary>
/// The request's store context, leased from one of two pools of reused contexts: one whose model has the row rules,
/// for every restricted caller, one without, for pmo-admin and work done for nobody. A context never moves between
/// the two (its model is fixed), enters the caller's scope on lease and forgets it when disposed at the end of the
/// request (<see cref="PmoDbContext.Enter"/>); EF Core resets the rest of its state (tracked entities, transaction,
/// connection) on return. What pooling saves is the context's internal services, built again for every new context.
/// </summary>
public sealed class PmoContextPool
{
    private readonly PooledDbContextFactory<PmoDbContext> _everything;
    private readonly PooledDbContextFactory<PmoDbContext> _restricted;

    /// <summary>Pools of contexts made from <paramref name="options"/>, each keeping at most <paramref name="size"/> contexts.</summary>
    public PmoContextPool(DbContextOptions<PmoDbContext> options, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        _everything = new PooledDbContextFactory<PmoDbContext>(RowRulesOptions.Of(options, restricted: false), size);
        _restricted = new PooledDbContextFactory<PmoDbContext>(RowRulesOptions.Of(options, restricted: true), size);
    }

    /// <summary>A context reading for <paramref name="scope"/>, from the pool of its kind; disposing it returns it.</summary>
    public PmoDbContext Lease(RowScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var context = (scope.IsUnrestricted ? _everything : _restricted).CreateDbContext();
        try
        {
            context.Enter(scope);
            return context;
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }
}
