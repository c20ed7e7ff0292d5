namespace PmoGraph.Schema.Strategy;

/// <summary>
/// Money behind one node of the strategy tree, counting projects rated above NONE against it or any node below it:
/// <see cref="AlignedBudget"/> in full, <see cref="AllocatedBudget"/> as the share of each project's budget split over
/// the nodes it is rated against in proportion to the scores (rolled up the tree).
/// </summary>
public sealed record ObjectiveSpend(StrategicObjective Objective, int Projects, decimal AlignedBudget, decimal AllocatedBudget, decimal ActualCost);
