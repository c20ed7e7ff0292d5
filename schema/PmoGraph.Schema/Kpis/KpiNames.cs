namespace PmoGraph.Schema.Kpis;

/// <summary>The KPIs the period close freezes, by the name stored in <see cref="KpiValue.Kpi"/> (docs/kpis.md defines each).</summary>
public static class KpiNames
{
    public const string CompletionRate = "completion_rate";
    public const string OnTime = "on_time";
    public const string OnBudget = "on_budget";
    public const string Csat = "csat";
    public const string Nps = "nps";
    public const string StakeholderSatisfaction = "stakeholder_satisfaction";
    public const string Roi = "roi";
    public const string RoiContribution = "roi_contribution";
    public const string BenefitsRealisation = "benefits_realisation";
    public const string ResourceUtilisation = "resource_utilisation";
    public const string OverAllocation = "over_allocation";
    public const string Cpi = "cpi";
    public const string Spi = "spi";
}
