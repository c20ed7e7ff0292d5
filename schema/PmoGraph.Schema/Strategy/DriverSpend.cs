namespace PmoGraph.Schema.Strategy;

/// <summary>
/// Money behind one driver: <see cref="AlignedBudget"/> counts every project rated above NONE in full (a project serving
/// three drivers counts three times); <see cref="AllocatedBudget"/> splits each project's budget over its drivers in
/// proportion to the scores, so it adds up to the aligned part of the portfolio once.
/// </summary>
public sealed record DriverSpend(BusinessDriver Driver, double Weight, int Projects, decimal AlignedBudget, decimal AllocatedBudget, decimal ActualCost);
