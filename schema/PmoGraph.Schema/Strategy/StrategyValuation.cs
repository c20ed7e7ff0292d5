using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Strategy;

/// <summary>Reads the store's judgements and ratings into driver weights and project strategic values.</summary>
public static class StrategyValuation
{
    /// <summary>AHP over the active drivers (in id order) and the judgements between them.</summary>
    public static async Task<DriverWeighting> WeighDriversAsync(PmoDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var drivers = await db.Set<BusinessDriver>().AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Id).ToListAsync(ct).ConfigureAwait(false);
        var ids = drivers.Select(d => d.Id).ToList();
        var comparisons = await db.Set<DriverComparison>().AsNoTracking()
            .Where(c => ids.Contains(c.FirstDriverId) && ids.Contains(c.SecondDriverId))
            .ToListAsync(ct).ConfigureAwait(false);
        var (ahp, missing) = Weigh(ids, comparisons);
        return new DriverWeighting([.. drivers.Select((d, i) => new DriverWeight(d, ahp.Weights[i]))], ahp, missing);
    }

    /// <summary>
    /// AHP over the drivers <paramref name="ids"/> (in that order) and the judgements between them; a pair never judged
    /// counts as equal (1) and is counted as missing.
    /// </summary>
    internal static (AhpResult Ahp, int Missing) Weigh(IReadOnlyList<int> ids, IReadOnlyCollection<DriverComparison> comparisons)
    {
        var n = ids.Count;
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                matrix[i, j] = 1;
            }
        }

        var judged = 0;
        foreach (var c in comparisons)
        {
            var i = IndexOf(ids, c.FirstDriverId);
            var j = IndexOf(ids, c.SecondDriverId);
            if (i < 0 || j < 0)
            {
                continue;
            }

            matrix[i, j] = c.Judgement;
            matrix[j, i] = 1 / c.Judgement;
            judged++;
        }

        return (AhpPriorities.Compute(matrix), (n * (n - 1) / 2) - judged);
    }

    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each rated project's strategic value: the sum over active drivers of weight x rating score.</summary>
    public static async Task<Dictionary<int, double>> ValueProjectsAsync(
        PmoDbContext db, DriverWeighting weighting, AlignmentScoreOptions scores, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(weighting);
        ArgumentNullException.ThrowIfNull(scores);
        var ratings = await db.Set<ProjectAlignment>().AsNoTracking()
            .Where(a => a.DriverId != null)
            .Select(a => new { a.ProjectId, DriverId = a.DriverId!.Value, a.Rating })
            .ToListAsync(ct).ConfigureAwait(false);
        return ratings
            .GroupBy(r => r.ProjectId)
            .ToDictionary(g => g.Key, g => g.Sum(r => weighting.WeightOf(r.DriverId) * scores.ScoreOf(r.Rating)));
    }
}
