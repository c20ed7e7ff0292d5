namespace PmoGraph.Schema.Selection;

/// <summary>The greedy choice: which candidates it took and their value; not feasible when the forced projects do not fit.</summary>
public sealed record GreedyOutcome(bool Feasible, IReadOnlyList<bool> Chosen, long Objective);
