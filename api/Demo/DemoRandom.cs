using System.Diagnostics.CodeAnalysis;

namespace PmoGraph.Api.Demo;

/// <summary>
/// The one seeded generator every demo value is drawn from, in a fixed order, so a scale always yields the same rows.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Demo data must be reproducible from a seed; nothing here is a secret.")]
internal sealed class DemoRandom(int seed)
{
    private static readonly decimal[] _scales = [1m, 10m, 100m, 1000m, 10000m];
    private readonly Random _random = new(seed);

    public double NextDouble() => _random.NextDouble();

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A decimal from <paramref name="min"/> to <paramref name="max"/> on a grid of <paramref name="decimals"/> places.</summary>
    public decimal Decimal(decimal min, decimal max, int decimals)
    {
        var scale = _scales[decimals];
        var steps = (int)((max - min) * scale);
        return min + (Between(0, steps) / scale);
    }

    public DateOnly Date(DateOnly from, DateOnly to) => DateOnly.FromDayNumber(Between(from.DayNumber, to.DayNumber));

    /// <summary>An index drawn with the given relative weights.</summary>
    public int Weighted(params ReadOnlySpan<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var draw = _random.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="count"/> distinct indexes below <paramref name="bound"/>, in draw order.</summary>
    public List<int> Distinct(int count, int bound)
    {
        var chosen = new List<int>(count);
        var seen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, bound))
        {
            var candidate = _random.Next(bound);
            if (seen.Add(candidate))
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }
}
