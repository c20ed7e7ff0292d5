namespace PmoGraph.Schema.Selection;

/// <summary>Budget and capacity consumed by a set of candidates, checked against a problem's limits.</summary>
internal sealed class SelectionUsage(SelectionProblem problem)
{
    private readonly long[] _spent = new long[problem.BudgetLimits.Count];
    private readonly long[] _used = new long[problem.CapacityLimits.Count];
    private long _total;

    public void Add(SelectionCandidate candidate)
    {
        for (var t = 0; t < _spent.Length; t++)
        {
            _spent[t] += candidate.Costs[t];
            _total += candidate.Costs[t];
        }

        foreach (var demand in candidate.Demands)
        {
            _used[demand.Cell] += demand.Amount;
        }
    }

    /// <summary>Whether adding <paramref name="candidate"/> would keep every limit.</summary>
    public bool Fits(SelectionCandidate candidate)
    {
        for (var t = 0; t < _spent.Length; t++)
        {
            if (problem.BudgetLimits[t] is { } limit && _spent[t] + candidate.Costs[t] > limit)
            {
                return false;
            }
        }

        if (problem.TotalBudget is { } total && _total + candidate.TotalCost > total)
        {
            return false;
        }

        return candidate.Demands.All(d => _used[d.Cell] + d.Amount <= problem.CapacityLimits[d.Cell]);
    }

    public bool WithinLimits()
    {
        for (var t = 0; t < _spent.Length; t++)
        {
            if (problem.BudgetLimits[t] is { } limit && _spent[t] > limit)
            {
                return false;
            }
        }

        if (problem.TotalBudget is { } total && _total > total)
        {
            return false;
        }

        return !_used.Where((used, c) => used > problem.CapacityLimits[c]).Any();
    }
}
