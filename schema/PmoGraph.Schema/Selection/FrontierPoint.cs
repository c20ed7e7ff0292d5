namespace PmoGraph.Schema.Selection;

/// <summary>One point of the efficient frontier: the best value a total budget can buy, and what it costs.</summary>
public sealed record FrontierPoint(decimal Budget, SelectionStatus Status, double Value, decimal Cost, double? BestBound, int Projects);
