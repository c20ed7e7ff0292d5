using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Strategy;

/// <summary>
/// Stores the business drivers' AHP weights. Called inside the unit of work that changes the judgements or the set of
/// active drivers (the <c>compareDrivers</c> and <c>updateDriver</c> mutations, the demo seeder), so the weights commit
/// — and are audited — with the change that produced them.
/// </summary>
public static class DriverWeights
{
    /// <summary>Decimals a stored weight keeps.</summary>
    public const int Decimals = 6;

    /// <summary>
    /// Weighs the active drivers by AHP over the judgements as <paramref name="db"/> sees them (stored rows with this
    /// unit of work's pending changes) and records the weighing as a <see cref="DriverWeightRevision"/>. A consistent
    /// weighing (CR at most 0.1) replaces every driver's stored weight (an inactive driver's becomes null); an
    /// inconsistent one is recorded but leaves the stored weights as they were: the judgements are kept (the EPMO
    /// revisits them), the weights the reports use are the last trustworthy ones.
    /// </summary>
    public static async Task<DriverWeightRevision> RefreshAsync(PmoDbContext db, string trigger, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var drivers = Pending(db, await db.Set<BusinessDriver>().ToListAsync(ct).ConfigureAwait(false));
        var comparisons = Pending(db, await db.Set<DriverComparison>().ToListAsync(ct).ConfigureAwait(false));
        var active = drivers.Where(d => d.IsActive).OrderBy(d => d.Id).ToList();
        var ids = active.Select(d => d.Id).ToList();
        var (ahp, missing) = StrategyValuation.Weigh(ids, comparisons);
        var revision = new DriverWeightRevision
        {
            ComputedAt = at,
            Trigger = trigger,
            DriverCount = active.Count,
            JudgementCount = (active.Count * (active.Count - 1) / 2) - missing,
            MissingJudgements = missing,
            LambdaMax = ahp.LambdaMax,
            ConsistencyRatio = ahp.ConsistencyRatio,
            IsApplied = ahp.IsConsistent,
        };
        db.Add(revision);
        if (!revision.IsApplied)
        {
            return revision;
        }

        foreach (var driver in drivers)
        {
            var index = ids.IndexOf(driver.Id);
            driver.Weight = index < 0 ? null : Math.Round((decimal)ahp.Weights[index], Decimals, MidpointRounding.AwayFromZero);
            driver.WeightRevision = revision;
        }

        return revision;
    }

    /// <summary>The rows read plus those added in this unit of work, less those it deletes.</summary>
    private static List<T> Pending<T>(PmoDbContext db, List<T> read)
        where T : class
    {
        var added = db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        return [.. read.Concat(added).Distinct().Where(e => db.Entry(e).State != EntityState.Deleted)];
    }
}
