namespace PmoGraph.Schema.Selection;

/// <summary>
/// Project Server's way of choosing: projects forced in first, then the rest in priority order (1 first; ties by higher
/// value), each taken if it still fits the budgets and capacity, its prerequisites are already taken and nothing taken
/// excludes it. Fast and explainable, but blind to better combinations further down the list.
/// </summary>
public static class GreedySelector
{
    public static GreedyOutcome Select(SelectionProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var candidates = problem.Candidates;
        var chosen = new bool[candidates.Count];
        var usage = new SelectionUsage(problem);
        var prerequisites = problem.Requires.ToLookup(r => r.Dependent, r => r.Prerequisite);
        var exclusions = problem.Exclusions.SelectMany(e => new[] { e, (e.Second, e.First) }).ToLookup(e => e.Item1, e => e.Item2);
        var order = Enumerable.Range(0, candidates.Count)
            .Where(p => candidates[p].Forced is not false)
            .OrderByDescending(p => candidates[p].Forced is true)
            .ThenBy(p => candidates[p].Priority)
            .ThenByDescending(p => candidates[p].Value)
            .ThenBy(p => candidates[p].Key);
        foreach (var p in order)
        {
            var forced = candidates[p].Forced is true;
            var allowed = prerequisites[p].All(q => chosen[q]) && !exclusions[p].Any(q => chosen[q]) && usage.Fits(candidates[p]);
            if (forced || allowed)
            {
                chosen[p] = true;
                usage.Add(candidates[p]);
            }
        }

        var feasible = problem.IsFeasible(chosen);
        return new GreedyOutcome(feasible, chosen, feasible ? problem.ValueOf(chosen) : 0);
    }
}
