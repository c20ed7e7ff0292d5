namespace PmoGraph.Schema.Selection;

/// <summary>What the solver could prove about a selection.</summary>
public enum SelectionStatus
{
    /// <summary>The selection is proven to be the best possible.</summary>
    Optimal,

    /// <summary>The selection meets every constraint; the time limit stopped the proof (see the gap).</summary>
    Feasible,

    /// <summary>No selection meets the constraints (for example projects forced in that do not fit).</summary>
    Infeasible,

    /// <summary>The time limit was reached before any selection was found.</summary>
    Unknown,
}
