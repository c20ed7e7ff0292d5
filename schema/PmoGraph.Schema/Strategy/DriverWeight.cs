namespace PmoGraph.Schema.Strategy;

/// <summary>An active business driver and its AHP weight (all weights sum to 1).</summary>
public sealed record DriverWeight(BusinessDriver Driver, double Weight);
