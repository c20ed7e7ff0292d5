using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Tests.Kpis;

public sealed class KpiCalculatorTests
{
    private static readonly DateOnly _november = new(2026, 11, 1);

    private static DateOnly Nov(int day) => new(2026, 11, day);

    // Portfolio 1: program 10 (projects 1, 2), program 11 (project 3); portfolio 2: program 20 (project 4). Departments 7 and 8.
    private static KpiData Data() => new(
        [
            // Planned and finished in November, on time, 1100 spent of 1000 (within 5%? no: 1100 > 1050).
            new KpiProject(1, 10, 1, 7, Nov(30), Nov(30), Nov(20), 1000m, 1100m, 500m, 300m, 1000m, 1000m),
            // Planned for November, not finished.
            new KpiProject(2, 10, 1, 7, Nov(15), Nov(15), null, 2000m, 800m, 0m, 0m, 1000m, 700m),
            // Finished in November, 10 days late, 900 of 1000: on budget.
            new KpiProject(3, 11, 1, 8, Nov(5), Nov(5), Nov(15), 1000m, 900m, 1000m, 1200m, 1000m, 1000m),
            // Another portfolio, planned for December.
            new KpiProject(4, 20, 2, null, new DateOnly(2026, 12, 31), null, null, 500m, 100m, 0m, 0m, 200m, 100m),
        ],
        [
            new KpiResponse(1, SurveyAudience.Customer, 5, 10),
            new KpiResponse(1, SurveyAudience.Customer, 4, 8),
            new KpiResponse(3, SurveyAudience.Customer, 2, 3),
            new KpiResponse(3, SurveyAudience.Stakeholder, 4, null),
        ],
        [new KpiResource(100, 7, 100m), new KpiResource(101, 8, 150m)],
        [new KpiAllocation(100, 1, 80m), new KpiAllocation(100, 3, 40m), new KpiAllocation(101, 3, 60m)]);

    private static KpiMeasure Find(IReadOnlyList<KpiMeasure> all, string kpi, KpiScope scope, int? id) =>
        Assert.Single(all, m => m.Kpi == kpi && m.Scope == scope && m.ScopeId == id);

    [Fact]
    public void Compute_Organisation_MatchesTheHandWorkedValues()
    {
        var all = KpiCalculator.Compute(_november, Data(), new KpiOptions());
        KpiMeasure Org(string kpi) => Find(all, kpi, KpiScope.Organisation, null);

        // Completed in Nov: 1 and 3; planned for Nov: 1, 2, 3. On time: 1 only. On budget (<= BAC x 1.05): 3 only.
        Assert.Equal((2m, 3m, 0.6667m), (Org(KpiNames.CompletionRate).Numerator, Org(KpiNames.CompletionRate).Denominator, Org(KpiNames.CompletionRate).Value));
        Assert.Equal((1m, 2m, 0.5m), (Org(KpiNames.OnTime).Numerator, Org(KpiNames.OnTime).Denominator, Org(KpiNames.OnTime).Value));
        Assert.Equal(0.5m, Org(KpiNames.OnBudget).Value);

        // CSAT: 2 of 3 customer responses score 4-5. Stakeholders: 1 of 1. NPS: 1 promoter, 1 detractor of 3 scored = 0 points.
        Assert.Equal((0.6667m, 1m, 0m), (Org(KpiNames.Csat).Value, Org(KpiNames.StakeholderSatisfaction).Value, Org(KpiNames.Nps).Value));

        // Benefits 300 + 1200 = 1500 realised of 1500 planned; cost 2900: ROI = (1500 - 2900) / 2900.
        Assert.Equal((-0.4828m, 1m), (Org(KpiNames.Roi).Value, Org(KpiNames.BenefitsRealisation).Value));

        // 180 hours of 250 capacity; resource 100 has 120 > 100 hours: 1 of 2 over-allocated.
        Assert.Equal((0.72m, 0.5m), (Org(KpiNames.ResourceUtilisation).Value, Org(KpiNames.OverAllocation).Value));

        // EV 1000 + 700 + 1000 + 100 = 2800 over AC 2900 and over PV 3200.
        Assert.Equal((0.9655m, 0.875m), (Org(KpiNames.Cpi).Value, Org(KpiNames.Spi).Value));
    }

    [Fact]
    public void Compute_PortfolioProgramAndDepartment_UseOnlyTheirProjectsAndResources()
    {
        var all = KpiCalculator.Compute(_november, Data(), new KpiOptions { OnTimeToleranceDays = 10, OnBudgetTolerance = 0.1m });

        // Tolerances: project 3 is on time with 10 days' grace; project 1 is on budget at 10%.
        Assert.Equal(1m, Find(all, KpiNames.OnTime, KpiScope.Portfolio, 1).Value);
        Assert.Equal(1m, Find(all, KpiNames.OnBudget, KpiScope.Portfolio, 1).Value);

        // Portfolio 2 completes nothing: on-time is null (0 / 0); its completion rate is 0 planned: null.
        Assert.Null(Find(all, KpiNames.OnTime, KpiScope.Portfolio, 2).Value);
        Assert.Null(Find(all, KpiNames.CompletionRate, KpiScope.Portfolio, 2).Value);

        // Program 11 (project 3): resources 100 and 101 booked on it, 100 hours of 250 capacity.
        Assert.Equal((100m, 250m), (Find(all, KpiNames.ResourceUtilisation, KpiScope.Program, 11).Numerator, Find(all, KpiNames.ResourceUtilisation, KpiScope.Program, 11).Denominator));

        // Department 8's resource 101: 60 of 150 hours; its project 3 CSAT 0 of 1.
        Assert.Equal((0.4m, 0m), (Find(all, KpiNames.ResourceUtilisation, KpiScope.Department, 8).Value, Find(all, KpiNames.Csat, KpiScope.Department, 8).Value));
    }

    [Fact]
    public void Compute_RoiContribution_IsEachProjectsNetOverItsPortfolioCost()
    {
        var all = KpiCalculator.Compute(_november, Data(), new KpiOptions());

        // Portfolio 1 cost 1100 + 800 + 900 = 2800. Project 1: (300 - 1100) / 2800; project 3: (1200 - 900) / 2800; project 4: (0 - 100) / 100.
        Assert.Equal((-0.2857m, 0.1071m, -1m),
            (Find(all, KpiNames.RoiContribution, KpiScope.Project, 1).Value, Find(all, KpiNames.RoiContribution, KpiScope.Project, 3).Value,
             Find(all, KpiNames.RoiContribution, KpiScope.Project, 4).Value));
    }
}
