using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Evm;

/// <summary>A project's most recent frozen earned-value snapshot, batched per query level.</summary>
public static class LatestEvmField
{
    /// <summary>
    /// Adds <c>latestEvm: EvmSnapshot</c>. Filtering and sorting go through
    /// <c>p.EvmSnapshots.OrderByDescending(s =&gt; s.StatusDate).FirstOrDefault()</c>, a correlated subquery in SQL.
    /// </summary>
    public static FieldBuilder<Project, IDataLoaderResult<EvmSnapshot?>> LatestEvm(this ObjectGraphType<Project> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<EvmSnapshotType, IDataLoaderResult<EvmSnapshot?>>("latestEvm")
            .Resolve(context =>
            {
                var services = context.RequestServices!;
                var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(
                    "latestEvm",
                    () => new BatchLoader<int, EvmSnapshot?>(
                        (ids, ct) => LoadAsync(services.GetRequiredService<PmoDbContext>(), ids, ct),
                        null));
                return loader.Load(context.Source.Id);
            })
            .Reads();
    }

    private static async Task<IReadOnlyDictionary<int, EvmSnapshot?>> LoadAsync(
        PmoDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var snapshots = db.Set<EvmSnapshot>().AsNoTracking();
        var rows = await snapshots
            .Where(s => ids.Contains(s.ProjectId)
                && s.StatusDate == snapshots.Where(o => o.ProjectId == s.ProjectId).Max(o => o.StatusDate))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(s => s.ProjectId, s => (EvmSnapshot?)s);
    }
}
