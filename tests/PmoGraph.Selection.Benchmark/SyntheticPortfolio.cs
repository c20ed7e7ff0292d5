using PmoGraph.Schema.Selection;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Selection.Benchmark;

/// <summary>
/// A reproducible EPMO-sized selection problem: candidates spanning one to three of five fiscal years, each needing two
/// to five of the roles for every month it runs, values from AHP weights x alignment scores, dependencies and exclusions.
/// Budgets and capacity are set to a share of what the candidates ask for, so about half can be chosen.
/// </summary>
internal static class SyntheticPortfolio
{
    public static SelectionProblem Create(int seed, int projects, int years, int roles, double share)
    {
        var random = new Random(seed);
        var weights = AhpPriorities.Compute(RandomJudgements(random, 5)).Weights;
        var scores = new AlignmentScoreOptions();
        var months = years * 12;
        var candidates = new List<SelectionCandidate>();
        for (var p = 0; p < projects; p++)
        {
            var startMonth = random.Next(months - 6);
            var length = Math.Min(months - startMonth, random.Next(6, 37));
            var costs = new long[years];
            var monthly = random.Next(20_000, 200_000);
            for (var m = startMonth; m < startMonth + length; m++)
            {
                costs[m / 12] += SelectionScale.Money(monthly);
            }

            var demands = new List<CapacityDemand>();
            foreach (var role in Enumerable.Range(0, roles).OrderBy(_ => random.Next()).Take(random.Next(2, 6)))
            {
                var hours = random.Next(20, 161);
                for (var m = startMonth; m < startMonth + length; m++)
                {
                    demands.Add(new CapacityDemand((role * months) + m, SelectionScale.Hours(hours)));
                }
            }

            var value = weights.Sum(w => w * scores.ScoreOf((AlignmentRating)random.Next(5)));
            bool? forced = p % 100 == 7 ? false : null;
            candidates.Add(new SelectionCandidate(p + 1, SelectionScale.Value(value), random.Next(1, 1001), costs, demands, forced));
        }

        var budgets = Enumerable.Range(0, years).Select(t => (long?)(candidates.Sum(c => c.Costs[t]) * share)).ToList();
        var capacity = new long[roles * months];
        foreach (var demand in candidates.SelectMany(c => c.Demands))
        {
            capacity[demand.Cell] += demand.Amount;
        }

        for (var c = 0; c < capacity.Length; c++)
        {
            capacity[c] = (long)(capacity[c] * share);
        }

        var requires = new List<(int, int)>();
        var exclusions = new List<(int, int)>();
        for (var k = 0; k < projects / 5; k++)
        {
            var (a, b) = (random.Next(projects), random.Next(projects));
            if (a != b)
            {
                requires.Add((a, b));
            }
        }

        for (var k = 0; k < projects / 10; k++)
        {
            var (a, b) = (random.Next(projects), random.Next(projects));
            if (a != b)
            {
                exclusions.Add((a, b));
            }
        }

        return new SelectionProblem(candidates, budgets, capacity, requires, exclusions);
    }

    private static double[,] RandomJudgements(Random random, int n)
    {
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            matrix[i, i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                var step = random.Next(1, 10);
                matrix[i, j] = random.Next(2) == 0 ? step : 1.0 / step;
                matrix[j, i] = 1 / matrix[i, j];
            }
        }

        return matrix;
    }
}
