using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Strategy;

/// <summary>Keeps the stored <see cref="AlignmentScore"/> rows equal to the configured scores.</summary>
public static class AlignmentScores
{
    /// <summary>Writes one row per rating with its configured score; returns how many rows changed.</summary>
    public static async Task<int> SyncAsync(PmoDbContext db, AlignmentScoreOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var stored = await db.Set<AlignmentScore>().ToDictionaryAsync(s => s.Rating, ct).ConfigureAwait(false);
        foreach (var rating in Enum.GetValues<AlignmentRating>())
        {
            var score = (decimal)options.ScoreOf(rating);
            if (!stored.TryGetValue(rating, out var row))
            {
                db.Add(new AlignmentScore { Rating = rating, Score = score });
            }
            else if (row.Score != score)
            {
                row.Score = score;
            }
        }

        return await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
