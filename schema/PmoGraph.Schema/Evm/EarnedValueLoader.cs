using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Evm;

/// <summary>
/// Reads the earned-value inputs of every project matching a condition in three SQL statements (projects, financial
/// lines, milestones) however many projects match: a portfolio roll-up is not N+1.
/// </summary>
public static class EarnedValueLoader
{
    public static async Task<IReadOnlyList<EvmProject>> LoadAsync(
        PmoDbContext db, Expression<Func<Project, bool>> which, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var matching = db.Set<Project>().AsNoTracking().Where(which);
        var projects = await matching
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.ProgramId,
                p.Program.PortfolioId,
                p.DepartmentId,
                p.BudgetAtCompletion,
                p.EarnedValueMethod,
                p.PercentComplete,
                p.BaselineStart,
                p.ActualFinish,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (projects.Count == 0)
        {
            return [];
        }

        var ids = matching.Select(p => p.Id);
        var lines = (await db.Set<FinancialLine>().AsNoTracking()
                .Where(l => ids.Contains(l.ProjectId))
                .Select(l => new { l.ProjectId, l.Month, l.Budget, l.Forecast, l.Actual })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(l => l.ProjectId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<MonthlyAmounts>)[.. g.GroupBy(l => l.Month).OrderBy(m => m.Key)
                    .Select(m => new MonthlyAmounts(m.Key, m.Sum(l => l.Budget), m.Sum(l => l.Forecast), m.Sum(l => l.Actual)))]);
        var milestones = (await db.Set<Milestone>().AsNoTracking()
                .Where(m => ids.Contains(m.ProjectId))
                .OrderBy(m => m.Id)
                .Select(m => new { m.ProjectId, m.EarnedValueWeight, m.EarnedValueAmount, m.PercentComplete, m.ActualDate })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(m => m.ProjectId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<MilestoneCredit>)[.. g.Select(m => new MilestoneCredit(m.EarnedValueWeight, m.EarnedValueAmount, m.PercentComplete, m.ActualDate))]);

        return [.. projects.Select(p => new EvmProject(
            p.Id,
            p.ProgramId,
            p.PortfolioId,
            p.DepartmentId,
            new ProjectEvmInputs(
                p.BudgetAtCompletion,
                p.EarnedValueMethod,
                p.PercentComplete,
                p.BaselineStart,
                p.ActualFinish,
                lines.GetValueOrDefault(p.Id, []),
                milestones.GetValueOrDefault(p.Id, []))))];
    }
}
