namespace PmoGraph.Schema.Kpis;

/// <summary>Everything the KPIs of one period are computed from.</summary>
public sealed record KpiData(
    IReadOnlyList<KpiProject> Projects,
    IReadOnlyList<KpiResponse> Responses,
    IReadOnlyList<KpiResource> Resources,
    IReadOnlyList<KpiAllocation> Allocations);
