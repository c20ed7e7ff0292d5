namespace PmoGraph.Schema.Kpis;

/// <summary>Hours of a resource booked on a project in the period measured.</summary>
public sealed record KpiAllocation(int ResourceId, int ProjectId, decimal Hours);
