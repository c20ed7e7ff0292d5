namespace PmoGraph.Schema.Selection;

/// <summary>
/// One project the optimiser may choose, in the solver's integer units (see <see cref="SelectionScale"/>).
/// <see cref="Costs"/> has one entry per budget period of the problem; <see cref="Demands"/> lists the capacity cells
/// (role x month) the project needs, by index into the problem's capacity limits.
/// </summary>
public sealed record SelectionCandidate(
    int Key,
    long Value,
    int Priority,
    IReadOnlyList<long> Costs,
    IReadOnlyList<CapacityDemand> Demands,
    bool? Forced = null)
{
    /// <summary>The project's cost over every budget period.</summary>
    public long TotalCost => Costs.Sum();
}
