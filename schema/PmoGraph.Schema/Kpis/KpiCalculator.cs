using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Kpis;

/// <summary>
/// The PMO's KPIs for one month, as pure functions of <see cref="KpiData"/>, for the organisation and each portfolio,
/// program and department (docs/kpis.md is the definition of each). Shares are fractions (0.8 is 80%); NPS is in
/// points from -100 to 100.
/// </summary>
public static class KpiCalculator
{
    public static IReadOnlyList<KpiMeasure> Compute(DateOnly period, KpiData data, KpiOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var start = new DateOnly(period.Year, period.Month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        var hoursByResource = data.Allocations.GroupBy(a => a.ResourceId).ToDictionary(g => g.Key, g => g.Sum(a => a.Hours));
        var results = new List<KpiMeasure>();

        void Add(KpiScope scope, int? id, IReadOnlyCollection<KpiProject> projects, IReadOnlyCollection<KpiResource> resources, IReadOnlyCollection<KpiAllocation> allocations)
        {
            var ids = projects.Select(p => p.Id).ToHashSet();
            results.AddRange(ProjectKpis(scope, id, projects, start, end, options));
            results.AddRange(SurveyKpis(scope, id, [.. data.Responses.Where(r => ids.Contains(r.ProjectId))]));
            results.AddRange(ResourceKpis(scope, id, resources, allocations, hoursByResource));
        }

        var byId = data.Resources.ToDictionary(r => r.Id);
        Add(KpiScope.Organisation, null, data.Projects, data.Resources, data.Allocations);
        foreach (var (scope, key) in new (KpiScope, Func<KpiProject, int?>)[]
                 {
                     (KpiScope.Portfolio, p => p.PortfolioId), (KpiScope.Program, p => p.ProgramId),
                 })
        {
            foreach (var group in data.Projects.GroupBy(key).Where(g => g.Key is not null))
            {
                var ids = group.Select(p => p.Id).ToHashSet();
                var allocations = data.Allocations.Where(a => ids.Contains(a.ProjectId)).ToList();
                var resources = allocations.Select(a => a.ResourceId).Distinct().Select(r => byId[r]).ToList();
                Add(scope, group.Key, [.. group], resources, allocations);
            }
        }

        var departments = data.Projects.Select(p => p.DepartmentId).Concat(data.Resources.Select(r => r.DepartmentId)).OfType<int>().Distinct().Order();
        foreach (var department in departments)
        {
            var resources = data.Resources.Where(r => r.DepartmentId == department).ToList();
            var resourceIds = resources.Select(r => r.Id).ToHashSet();
            Add(KpiScope.Department, department, [.. data.Projects.Where(p => p.DepartmentId == department)], resources,
                [.. data.Allocations.Where(a => resourceIds.Contains(a.ResourceId))]);
        }

        foreach (var portfolio in data.Projects.GroupBy(p => p.PortfolioId))
        {
            var cost = portfolio.Sum(p => p.ActualCost);
            results.AddRange(portfolio.Select(p => KpiMeasure.Of(KpiNames.RoiContribution, KpiScope.Project, p.Id, p.BenefitsRealised - p.ActualCost, cost)));
        }

        return results;
    }

    private static IEnumerable<KpiMeasure> ProjectKpis(
        KpiScope scope, int? id, IReadOnlyCollection<KpiProject> projects, DateOnly start, DateOnly end, KpiOptions options)
    {
        static bool In(DateOnly? date, DateOnly start, DateOnly end) => date is { } d && d >= start && d <= end;
        var completed = projects.Where(p => In(p.ActualFinish, start, end)).ToList();
        var onTime = completed.Count(p => p.BaselineFinish is { } baseline && p.ActualFinish <= baseline.AddDays(options.OnTimeToleranceDays));
        var onBudget = completed.Count(p => p.ActualCost <= p.BudgetAtCompletion * (1m + options.OnBudgetTolerance));
        var benefits = projects.Sum(p => p.BenefitsRealised);
        var cost = projects.Sum(p => p.ActualCost);
        var earned = projects.Sum(p => p.EarnedValue);
        return
        [
            KpiMeasure.Of(KpiNames.CompletionRate, scope, id, completed.Count, projects.Count(p => In(p.PlannedFinish, start, end))),
            KpiMeasure.Of(KpiNames.OnTime, scope, id, onTime, completed.Count),
            KpiMeasure.Of(KpiNames.OnBudget, scope, id, onBudget, completed.Count),
            KpiMeasure.Of(KpiNames.Roi, scope, id, benefits - cost, cost),
            KpiMeasure.Of(KpiNames.BenefitsRealisation, scope, id, benefits, projects.Sum(p => p.BenefitsPlanned)),
            KpiMeasure.Of(KpiNames.Cpi, scope, id, earned, cost),
            KpiMeasure.Of(KpiNames.Spi, scope, id, earned, projects.Sum(p => p.PlannedValue)),
        ];
    }

    private static IEnumerable<KpiMeasure> SurveyKpis(KpiScope scope, int? id, IReadOnlyCollection<KpiResponse> responses)
    {
        var customers = responses.Where(r => r.Audience == SurveyAudience.Customer).ToList();
        var stakeholders = responses.Where(r => r.Audience == SurveyAudience.Stakeholder).ToList();
        var scored = responses.Where(r => r.RecommendScore is not null).ToList();
        var netPromoters = scored.Count(r => r.RecommendScore >= 9) - scored.Count(r => r.RecommendScore <= 6);
        return
        [
            KpiMeasure.Of(KpiNames.Csat, scope, id, customers.Count(r => r.Satisfaction >= 4), customers.Count),
            KpiMeasure.Of(KpiNames.StakeholderSatisfaction, scope, id, stakeholders.Count(r => r.Satisfaction >= 4), stakeholders.Count),
            KpiMeasure.Of(KpiNames.Nps, scope, id, netPromoters, scored.Count, 100m),
        ];
    }

    private static IEnumerable<KpiMeasure> ResourceKpis(
        KpiScope scope, int? id, IReadOnlyCollection<KpiResource> resources, IReadOnlyCollection<KpiAllocation> allocations,
        IReadOnlyDictionary<int, decimal> hoursByResource)
    {
        var over = resources.Count(r => hoursByResource.GetValueOrDefault(r.Id) > r.MonthlyCapacityHours);
        return
        [
            KpiMeasure.Of(KpiNames.ResourceUtilisation, scope, id, allocations.Sum(a => a.Hours), resources.Sum(r => r.MonthlyCapacityHours)),
            KpiMeasure.Of(KpiNames.OverAllocation, scope, id, over, resources.Count),
        ];
    }
}
