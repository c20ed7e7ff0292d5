using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Resources;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Kpis;

/// <summary>Reads what the KPIs of a month need in a fixed number of SQL statements, whatever the portfolio's size.</summary>
public static class KpiLoader
{
    /// <summary>The KPI inputs of the month starting <paramref name="period"/>, over the projects that are not archived.</summary>
    public static async Task<KpiData> LoadAsync(PmoDbContext db, DateOnly period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var end = period.AddMonths(1).AddDays(-1);
        var evm = await EarnedValueLoader.LoadAsync(db, p => !p.IsArchived, cancellationToken).ConfigureAwait(false);
        var dates = await db.Set<Project>().AsNoTracking().Where(p => !p.IsArchived)
            .Select(p => new { p.Id, p.PlannedFinish, p.BaselineFinish, p.ActualFinish })
            .ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var benefits = (await db.Set<BenefitMeasurement>().AsNoTracking()
                .Where(m => m.Period <= period && !m.Benefit.Project.IsArchived)
                .Select(m => new { m.Benefit.ProjectId, m.Planned, m.Actual })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(m => m.ProjectId)
            .ToDictionary(g => g.Key, g => (Planned: g.Sum(m => m.Planned), Actual: g.Sum(m => m.Actual)));
        var responses = await db.Set<SurveyResponse>().AsNoTracking()
            .Where(r => r.RespondedOn >= period && r.RespondedOn <= end && !r.Survey.Project.IsArchived)
            .Select(r => new KpiResponse(r.Survey.ProjectId, r.Survey.Audience, r.Satisfaction, r.RecommendScore))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var resources = await db.Set<Resource>().AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new KpiResource(r.Id, r.DepartmentId, r.MonthlyCapacityHours))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var allocations = await db.Set<Allocation>().AsNoTracking()
            .Where(a => a.Month == period && !a.Project.IsArchived)
            .Select(a => new KpiAllocation(a.ResourceId, a.ProjectId, a.Hours))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var projects = evm.Where(p => dates.ContainsKey(p.Id)).Select(p =>
        {
            var measures = EarnedValueCalculator.Measure(p.Inputs, end);
            var date = dates[p.Id];
            var benefit = benefits.GetValueOrDefault(p.Id);
            return new KpiProject(
                p.Id, p.ProgramId, p.PortfolioId, p.DepartmentId, date.BaselineFinish ?? date.PlannedFinish, date.BaselineFinish, date.ActualFinish,
                p.Inputs.BudgetAtCompletion, measures.ActualCost, benefit.Planned, benefit.Actual, measures.PlannedValue, measures.EarnedValue);
        }).ToList();
        return new KpiData(projects, responses, resources, allocations);
    }
}
