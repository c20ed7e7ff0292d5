namespace PmoGraph.Schema.Selection;

/// <summary>
/// A solver run: which candidates it chose (positions in the problem), the objective and the proven upper bound, both in
/// the problem's integer value units, and how long it took.
/// </summary>
public sealed record SelectionOutcome(SelectionStatus Status, IReadOnlyList<bool> Chosen, long Objective, long Bound, TimeSpan WallTime)
{
    /// <summary>
    /// The relative optimality gap (bound - objective) / bound: 0 when proven optimal; null when there is no selection
    /// or the bound is 0.
    /// </summary>
    public double? Gap => Status switch
    {
        SelectionStatus.Optimal => 0,
        SelectionStatus.Feasible when Bound > 0 => (double)(Bound - Objective) / Bound,
        SelectionStatus.Feasible => 0,
        _ => null,
    };

    public bool HasSelection => Status is SelectionStatus.Optimal or SelectionStatus.Feasible;
}
