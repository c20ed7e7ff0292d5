namespace PmoGraph.Schema.Selection;

/// <summary>
/// A portfolio selection problem held in memory, in integers: choose candidates (x_p in {0,1}) to maximise
/// sum(value_p x_p) subject to
/// <list type="bullet">
/// <item>for each budget period t: sum(cost_pt x_p) &lt;= budget_t (a null limit leaves the period free);</item>
/// <item>optionally sum over all periods of cost_pt x_p &lt;= total budget (the efficient frontier's lever);</item>
/// <item>for each capacity cell c (role x month): sum(demand_pc x_p) &lt;= capacity_c;</item>
/// <item>for each (dependent, prerequisite): x_dependent &lt;= x_prerequisite;</item>
/// <item>for each exclusion (a, b): x_a + x_b &lt;= 1;</item>
/// <item>x_p = 1 for candidates forced in, x_p = 0 for those forced out.</item>
/// </list>
/// Indices in <see cref="Requires"/> and <see cref="Exclusions"/> are positions in <see cref="Candidates"/>.
/// </summary>
public sealed record SelectionProblem(
    IReadOnlyList<SelectionCandidate> Candidates,
    IReadOnlyList<long?> BudgetLimits,
    IReadOnlyList<long> CapacityLimits,
    IReadOnlyList<(int Dependent, int Prerequisite)> Requires,
    IReadOnlyList<(int First, int Second)> Exclusions,
    long? TotalBudget = null)
{
    /// <summary>Whether choosing exactly the candidates flagged in <paramref name="chosen"/> meets every constraint.</summary>
    public bool IsFeasible(IReadOnlyList<bool> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        for (var p = 0; p < Candidates.Count; p++)
        {
            if (Candidates[p].Forced is { } forced && forced != chosen[p])
            {
                return false;
            }
        }

        foreach (var (dependent, prerequisite) in Requires)
        {
            if (chosen[dependent] && !chosen[prerequisite])
            {
                return false;
            }
        }

        foreach (var (first, second) in Exclusions)
        {
            if (chosen[first] && chosen[second])
            {
                return false;
            }
        }

        var usage = new SelectionUsage(this);
        for (var p = 0; p < Candidates.Count; p++)
        {
            if (chosen[p])
            {
                usage.Add(Candidates[p]);
            }
        }

        return usage.WithinLimits();
    }

    /// <summary>The summed value of the candidates flagged in <paramref name="chosen"/>.</summary>
    public long ValueOf(IReadOnlyList<bool> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        return Enumerable.Range(0, Candidates.Count).Where(p => chosen[p]).Sum(p => Candidates[p].Value);
    }
}
