using PmoGraph.Schema.Selection;

namespace PmoGraph.Schema.Tests.Selection;

/// <summary>Small random selection problems with every kind of constraint, reproducible from their seed.</summary>
internal static class RandomSelectionProblems
{
    public static SelectionProblem Create(int seed, int candidates)
    {
        var random = new Random(seed);
        const int periods = 3;
        const int cells = 4;
        var list = new List<SelectionCandidate>();
        for (var p = 0; p < candidates; p++)
        {
            var costs = Enumerable.Range(0, periods).Select(_ => random.Next(4) == 0 ? 0L : random.Next(1, 100)).ToArray();
            var demands = Enumerable.Range(0, cells).Where(_ => random.Next(3) == 0)
                .Select(c => new CapacityDemand(c, random.Next(1, 40))).ToArray();
            bool? forced = random.Next(12) switch { 0 => true, 1 => false, _ => null };
            list.Add(new SelectionCandidate(1000 + p, random.Next(0, 1000), random.Next(1, 20), costs, demands, forced));
        }

        // Budgets about 40% of the total demand, so the choice matters; one period is sometimes left free.
        var budgets = Enumerable.Range(0, periods)
            .Select(t => random.Next(5) == 0 ? (long?)null : (long)(list.Sum(c => c.Costs[t]) * 0.4))
            .ToArray();
        var capacity = Enumerable.Range(0, cells)
            .Select(c => (long)(list.Sum(x => x.Demands.Where(d => d.Cell == c).Sum(d => d.Amount)) * 0.5))
            .ToArray();
        var requires = new List<(int, int)>();
        var exclusions = new List<(int, int)>();
        for (var k = 0; k < candidates / 3; k++)
        {
            var a = random.Next(candidates);
            var b = random.Next(candidates);
            if (a != b)
            {
                requires.Add((a, b));
            }

            var c = random.Next(candidates);
            var d = random.Next(candidates);
            if (c != d)
            {
                exclusions.Add((c, d));
            }
        }

        long? total = random.Next(4) == 0 ? list.Sum(c => c.TotalCost) / 3 : null;
        return new SelectionProblem(list, budgets, capacity, requires, exclusions, total);
    }

    /// <summary>The best value over every subset of candidates (2^n of them), or null when none is feasible.</summary>
    public static long? BruteForce(SelectionProblem problem)
    {
        var n = problem.Candidates.Count;
        long? best = null;
        var chosen = new bool[n];
        for (var mask = 0L; mask < 1L << n; mask++)
        {
            for (var p = 0; p < n; p++)
            {
                chosen[p] = (mask & (1L << p)) != 0;
            }

            if (problem.IsFeasible(chosen))
            {
                var value = problem.ValueOf(chosen);
                if (best is null || value > best)
                {
                    best = value;
                }
            }
        }

        return best;
    }
}
