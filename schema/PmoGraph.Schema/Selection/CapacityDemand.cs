namespace PmoGraph.Schema.Selection;

/// <summary>How much of one capacity cell (a role in a month) a candidate needs, in hundredths of an hour.</summary>
public readonly record struct CapacityDemand(int Cell, long Amount);
