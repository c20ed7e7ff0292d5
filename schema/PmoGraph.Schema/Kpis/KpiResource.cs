namespace PmoGraph.Schema.Kpis;

/// <summary>A resource's home department and monthly capacity.</summary>
public sealed record KpiResource(int Id, int? DepartmentId, decimal MonthlyCapacityHours);
