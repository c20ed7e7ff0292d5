using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Strategy;

/// <summary>
/// The strategic alignment views over the live portfolio: projects not archived, closed or cancelled. Ratings of NONE
/// count as no alignment.
/// </summary>
public sealed class AlignmentReport
{
    private AlignmentReport(
        List<Project> projects, List<StrategicObjective> objectives, List<ProjectAlignment> ratings,
        DriverWeighting weighting, AlignmentScoreOptions scores, Dictionary<int, decimal> actuals)
    {
        Projects = projects;
        Objectives = objectives;
        Ratings = ratings;
        Weighting = weighting;
        Scores = scores;
        Actuals = actuals;
    }

    private List<Project> Projects { get; }
    private List<StrategicObjective> Objectives { get; }
    private List<ProjectAlignment> Ratings { get; }
    private DriverWeighting Weighting { get; }
    private AlignmentScoreOptions Scores { get; }
    private Dictionary<int, decimal> Actuals { get; }

    public static async Task<AlignmentReport> LoadAsync(PmoDbContext db, AlignmentScoreOptions scores, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var weighting = await StrategyValuation.WeighDriversAsync(db, ct).ConfigureAwait(false);
        var projects = await db.Set<Project>().AsNoTracking()
            .Where(p => !p.IsArchived && p.Stage != LifecycleStage.Closed && p.Stage != LifecycleStage.Cancelled)
            .OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var ids = projects.Select(p => p.Id).ToHashSet();
        var ratings = (await db.Set<ProjectAlignment>().AsNoTracking().Where(a => a.Rating != AlignmentRating.None).ToListAsync(ct).ConfigureAwait(false))
            .Where(a => ids.Contains(a.ProjectId)).ToList();
        var objectives = await db.Set<StrategicObjective>().AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct).ConfigureAwait(false);
        // Summed here, not in SQL: SQLite has no decimal aggregate.
        var actuals = (await db.Set<FinancialLine>().AsNoTracking().Select(f => new { f.ProjectId, f.Actual }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(f => f.ProjectId)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Actual));
        return new AlignmentReport(projects, objectives, ratings, weighting, scores, actuals);
    }

    public IReadOnlyList<AlignmentMatrixRow> Matrix()
    {
        var byProject = Ratings.Where(r => r.DriverId is not null).ToLookup(r => r.ProjectId);
        return [.. Projects.Select(project =>
        {
            var cells = Weighting.Drivers.Select(d =>
            {
                var rating = byProject[project.Id].FirstOrDefault(r => r.DriverId == d.Driver.Id)?.Rating ?? AlignmentRating.None;
                var score = Scores.ScoreOf(rating);
                return new AlignmentCell(d.Driver, rating, score, d.Weight * score);
            }).ToList();
            return new AlignmentMatrixRow(project, cells.Sum(c => c.WeightedScore), cells);
        })];
    }

    public IReadOnlyList<DriverSpend> SpendByDriver()
    {
        var budgets = Projects.ToDictionary(p => p.Id, p => p.BudgetAtCompletion);
        var byDriver = Ratings.Where(r => r.DriverId is not null).ToList();
        var scoreTotals = byDriver.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.Sum(r => Scores.ScoreOf(r.Rating)));
        return [.. Weighting.Drivers.Select(d =>
        {
            var rated = byDriver.Where(r => r.DriverId == d.Driver.Id).ToList();
            var allocated = rated.Sum(r => scoreTotals[r.ProjectId] > 0
                ? budgets[r.ProjectId] * (decimal)(Scores.ScoreOf(r.Rating) / scoreTotals[r.ProjectId])
                : 0);
            return new DriverSpend(
                d.Driver, d.Weight, rated.Count, rated.Sum(r => budgets[r.ProjectId]), Math.Round(allocated, 2),
                rated.Sum(r => Actuals.GetValueOrDefault(r.ProjectId)));
        })];
    }

    public IReadOnlyList<ObjectiveSpend> SpendByObjective()
    {
        var budgets = Projects.ToDictionary(p => p.Id, p => p.BudgetAtCompletion);
        var direct = Ratings.Where(r => r.ObjectiveId is not null).ToList();
        var scoreTotals = direct.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.Sum(r => Scores.ScoreOf(r.Rating)));
        return [.. Objectives.Select(o =>
        {
            var subtree = Subtree(o.Id);
            var rated = direct.Where(r => subtree.Contains(r.ObjectiveId!.Value)).ToList();
            var projects = rated.Select(r => r.ProjectId).Distinct().ToList();
            var allocated = rated.Sum(r => scoreTotals[r.ProjectId] > 0
                ? budgets[r.ProjectId] * (decimal)(Scores.ScoreOf(r.Rating) / scoreTotals[r.ProjectId])
                : 0);
            return new ObjectiveSpend(
                o, projects.Count, projects.Sum(p => budgets[p]), Math.Round(allocated, 2), projects.Sum(p => Actuals.GetValueOrDefault(p)));
        })];
    }

    /// <summary>Nodes of the strategy tree no live project is rated above NONE against, directly or through a node below.</summary>
    public IReadOnlyList<StrategicObjective> UnservedObjectives()
    {
        var served = Ratings.Where(r => r.ObjectiveId is not null).Select(r => r.ObjectiveId!.Value).ToHashSet();
        return [.. Objectives.Where(o => !Subtree(o.Id).Overlaps(served))];
    }

    /// <summary>Live projects rated above NONE against no driver and no objective.</summary>
    public IReadOnlyList<Project> UnalignedProjects()
    {
        var aligned = Ratings.Select(r => r.ProjectId).ToHashSet();
        return [.. Projects.Where(p => !aligned.Contains(p.Id))];
    }

    private HashSet<int> Subtree(int rootId)
    {
        var result = new HashSet<int> { rootId };
        var frontier = new Queue<int>([rootId]);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in Objectives.Where(o => o.ParentId == id && result.Add(o.Id)))
            {
                frontier.Enqueue(child.Id);
            }
        }

        return result;
    }
}
