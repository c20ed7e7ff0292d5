namespace PmoGraph.Schema.Selection;

/// <summary>The optimal selection of a model, the greedy one beside it, and the gain of the first over the second.</summary>
public sealed record PortfolioSelection(SelectionModel Model, SelectionOutcome Optimum, GreedyOutcome Greedy, double TimeLimitSeconds)
{
    public double TotalValue => Optimum.HasSelection ? Model.ValueOf(Optimum.Chosen) : 0;

    public decimal TotalCost => Optimum.HasSelection ? Model.CostOf(Optimum.Chosen) : 0;

    /// <summary>The proven upper bound on total value; null when the problem is infeasible.</summary>
    /// <remarks>The solver's bound is in millionths; it is never reported below the value it bounds.</remarks>
    public double? BestBound => Optimum.Status switch
    {
        SelectionStatus.Optimal => TotalValue,
        SelectionStatus.Feasible => Math.Max(TotalValue, SelectionScale.ToValue(Optimum.Bound)),
        SelectionStatus.Unknown => SelectionScale.ToValue(Optimum.Bound),
        _ => null,
    };

    public double? GreedyValue => Greedy.Feasible ? Model.ValueOf(Greedy.Chosen) : null;

    public decimal? GreedyCost => Greedy.Feasible ? Model.CostOf(Greedy.Chosen) : null;

    /// <summary>How much more value the optimum gives than the greedy choice; null when either has no selection.</summary>
    public double? GainOverGreedy => Optimum.HasSelection && GreedyValue is { } greedy ? TotalValue - greedy : null;

    /// <summary>The gain as a share of the greedy value; null when the greedy value is 0 or missing.</summary>
    public double? GainOverGreedyRatio => GainOverGreedy is { } gain && GreedyValue is > 0 ? gain / GreedyValue : null;

    public IReadOnlyList<SelectionLine> Lines => [.. Model.Projects.Select((p, i) => new SelectionLine(
        p, Model.Values[i], Model.CostOf(i), Optimum.HasSelection && Optimum.Chosen[i], Greedy.Feasible && Greedy.Chosen[i],
        Model.Problem.Candidates[i].Forced, Model.BlockedReasons[i]))];

    public IReadOnlyList<BudgetUse> Budgets => [.. Model.FiscalYears.Select((year, t) => new BudgetUse(
        year,
        Model.Problem.BudgetLimits[t] is { } limit ? SelectionScale.ToMoney(limit) : null,
        SpendIn(year, Optimum.HasSelection ? Optimum.Chosen : null),
        SpendIn(year, Greedy.Feasible ? Greedy.Chosen : null),
        SpendIn(year, null, all: true)))];

    public static PortfolioSelection Run(SelectionModel model, SolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        return new PortfolioSelection(
            model, CpSatSelector.Solve(model.Problem, settings), GreedySelector.Select(model.Problem), settings.TimeLimit.TotalSeconds);
    }

    private decimal SpendIn(int year, IReadOnlyList<bool>? chosen, bool all = false) => Enumerable.Range(0, Model.Projects.Count)
        .Where(p => all || (chosen is not null && chosen[p]))
        .Sum(p => Model.CostsByYear[p].GetValueOrDefault(year));
}
