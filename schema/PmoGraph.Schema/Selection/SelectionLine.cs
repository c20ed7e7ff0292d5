using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Selection;

/// <summary>One candidate in a selection result: what it is worth and costs, and whether each method chose it.</summary>
public sealed record SelectionLine(
    Project Project, double StrategicValue, decimal Cost, bool Selected, bool GreedySelected, bool? Forced, string? BlockedReason);
