using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Resources;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Schema.Selection;

/// <summary>
/// Reads a selection problem from the store: candidates' strategic values (AHP weights x alignment scores), their
/// budgeted cost per fiscal year (financial lines; a project without any counts its budget at completion in the fiscal
/// year it is planned to start), their hours per role and month (allocations) against the capacity left by approved and
/// running projects, and their dependencies.
/// </summary>
public static class SelectionModelLoader
{
    /// <summary>Stages whose projects are already in the portfolio: they hold capacity and satisfy "requires".</summary>
    private static readonly LifecycleStage[] _underway =
        [LifecycleStage.Approved, LifecycleStage.Planning, LifecycleStage.Executing, LifecycleStage.Closing];

    public static async Task<SelectionModel?> LoadAsync(
        PmoDbContext db, SelectionRequest request, AlignmentScoreOptions scores, DateOnly today, InputValidation issues, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(issues);
        Validate(request, issues);
        if (issues.Errors.Count > 0)
        {
            return null;
        }

        var projects = await LoadCandidatesAsync(db, request, issues, ct).ConfigureAwait(false);
        CheckForced(request, projects, issues);
        if (issues.Errors.Count > 0)
        {
            return null;
        }

        var ids = projects.Select(p => p.Id).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var weighting = await StrategyValuation.WeighDriversAsync(db, ct).ConfigureAwait(false);
        var values = await StrategyValuation.ValueProjectsAsync(db, weighting, scores, ct).ConfigureAwait(false);
        var costs = await CostsByYearAsync(db, projects, request.FiscalYearStartMonth, today, ct).ConfigureAwait(false);
        if (costs.Sum(c => c.Values.Sum()) is var allCosts && allCosts > SelectionScale.MaxTotalMoney)
        {
            // Summed in decimal, so the check itself cannot overflow; past this the solver's cents would.
            issues.Add("candidateIds", "range", string.Create(CultureInfo.InvariantCulture,
                $"The candidates' budgeted costs add up to {allCosts}, more than the {SelectionScale.MaxTotalMoney} an exact selection can weigh; choose fewer candidates."));
            return null;
        }

        var years = costs.SelectMany(c => c.Keys).Concat(request.Budgets?.Select(b => b.FiscalYear) ?? []).Distinct().Order().ToList();
        var limits = years.Select(y => request.Budgets?.FirstOrDefault(b => b.FiscalYear == y) is { } b ? SelectionScale.MoneyLimit(b.Amount) : (long?)null).ToList();
        var (capacity, demands) = request.RespectCapacity
            ? await CapacityAsync(db, ids, index, ct).ConfigureAwait(false)
            : ([], ids.Select(_ => new List<CapacityDemand>()).ToArray());
        var (requires, exclusions, blocked) = await DependenciesAsync(db, ids, index, ct).ConfigureAwait(false);

        var forceIn = request.ForceIn?.ToHashSet() ?? [];
        var forceOut = request.ForceOut?.ToHashSet() ?? [];
        foreach (var id in forceIn.Where(id => blocked[index[id]] is not null))
        {
            issues.Add("forceIn", "blocked", $"Project {id} cannot be forced in: {blocked[index[id]]}.");
        }

        if (issues.Errors.Count > 0)
        {
            return null;
        }

        var candidates = projects.Select((p, i) => new SelectionCandidate(
            p.Id,
            SelectionScale.Value(values.GetValueOrDefault(p.Id)),
            p.Priority,
            [.. years.Select(y => SelectionScale.Money(costs[i].GetValueOrDefault(y)))],
            demands[i],
            forceIn.Contains(p.Id) ? true : forceOut.Contains(p.Id) || blocked[i] is not null ? false : null)).ToList();
        var problem = new SelectionProblem(
            candidates, limits, capacity, requires, exclusions,
            request.TotalBudget is { } total ? SelectionScale.MoneyLimit(total) : null);
        return new SelectionModel(
            request, problem, projects, [.. projects.Select(p => values.GetValueOrDefault(p.Id))], costs, years, blocked);
    }

    private static void Validate(SelectionRequest request, InputValidation issues)
    {
        issues.Range(request.FiscalYearStartMonth, "fiscalYearStartMonth", 1, 12);
        issues.NotNegative(request.TotalBudget, "totalBudget");
        foreach (var budget in request.Budgets ?? [])
        {
            issues.NotNegative(budget.Amount, "budgets");
            issues.Range(budget.FiscalYear, "budgets", 1900, 2200);
        }

        if (request.Budgets?.GroupBy(b => b.FiscalYear).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            issues.Add("budgets", "unique", $"Fiscal year {twice.Key} has more than one budget.");
        }

        foreach (var both in (request.ForceIn ?? []).Intersect(request.ForceOut ?? []))
        {
            issues.Add("forceOut", "exclusive", $"Project {both} is both forced in and forced out.");
        }

        if (request.TimeLimitSeconds is { } limit && !(limit > 0))
        {
            issues.Add("timeLimitSeconds", "range", "'timeLimitSeconds' must be more than 0.");
        }
    }

    private static async Task<List<Project>> LoadCandidatesAsync(PmoDbContext db, SelectionRequest request, InputValidation issues, CancellationToken ct)
    {
        var query = db.Set<Project>().AsNoTracking();
        if (request.CandidateIds is { } wanted)
        {
            var distinct = wanted.Distinct().ToList();
            var found = await query.Where(p => distinct.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
            foreach (var id in distinct.Except(found.Select(p => p.Id)))
            {
                issues.Add("candidateIds", "exists", $"No project with id {id} exists.");
            }

            foreach (var p in found.Where(p => p.IsArchived || p.Stage is not (LifecycleStage.Idea or LifecycleStage.Proposed)))
            {
                issues.Add("candidateIds", "stage", $"Project {p.Code} ({p.Id}) is {(p.IsArchived ? "archived" : SchemaEnumNames.Of(p.Stage))}; candidates are projects in stage IDEA or PROPOSED.");
            }

            return found;
        }

        return await query.Where(p => !p.IsArchived && (p.Stage == LifecycleStage.Idea || p.Stage == LifecycleStage.Proposed))
            .OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
    }

    private static void CheckForced(SelectionRequest request, List<Project> candidates, InputValidation issues)
    {
        var ids = candidates.Select(p => p.Id).ToHashSet();
        foreach (var (field, list) in new[] { ("forceIn", request.ForceIn), ("forceOut", request.ForceOut) })
        {
            foreach (var id in (list ?? []).Where(id => !ids.Contains(id)))
            {
                issues.Add(field, "candidate", $"Project {id} is not one of the candidates.");
            }
        }
    }

    private static async Task<List<IReadOnlyDictionary<int, decimal>>> CostsByYearAsync(
        PmoDbContext db, List<Project> projects, int startMonth, DateOnly today, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var lines = (await db.Set<FinancialLine>().AsNoTracking().Where(f => ids.Contains(f.ProjectId))
                .Select(f => new { f.ProjectId, f.Month, f.Budget }).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(f => f.ProjectId);
        return [.. projects.Select(p => (IReadOnlyDictionary<int, decimal>)(lines[p.Id].Any()
            ? lines[p.Id].GroupBy(f => FiscalYear(f.Month, startMonth)).ToDictionary(g => g.Key, g => g.Sum(f => f.Budget))
            : new Dictionary<int, decimal> { [FiscalYear(p.PlannedStart ?? today, startMonth)] = p.BudgetAtCompletion }))];
    }

    /// <summary>The fiscal year a date falls in, named by the calendar year the fiscal year ends in.</summary>
    public static int FiscalYear(DateOnly date, int startMonth) => startMonth == 1 || date.Month < startMonth ? date.Year : date.Year + 1;

    private static async Task<(long[] Capacity, List<CapacityDemand>[] Demands)> CapacityAsync(
        PmoDbContext db, List<int> ids, Dictionary<int, int> index, CancellationToken ct)
    {
        var needs = await db.Set<Allocation>().AsNoTracking().Where(a => ids.Contains(a.ProjectId))
            .Select(a => new { a.ProjectId, a.Month, a.Resource.Role, a.Hours }).ToListAsync(ct).ConfigureAwait(false);
        var cells = needs.Select(n => (n.Role, n.Month)).Distinct().OrderBy(c => c.Role, StringComparer.Ordinal).ThenBy(c => c.Month).ToList();
        var cellIndex = cells.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var months = cells.Select(c => c.Month).Distinct().ToList();
        var capacityByRole = (await db.Set<Resource>().AsNoTracking().Select(r => new { r.Role, r.MonthlyCapacityHours }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(r => r.Role).ToDictionary(g => g.Key, g => g.Sum(r => r.MonthlyCapacityHours));
        var booked = (await db.Set<Allocation>().AsNoTracking()
                .Where(a => months.Contains(a.Month) && !ids.Contains(a.ProjectId) && !a.Project.IsArchived && _underway.Contains(a.Project.Stage))
                .Select(a => new { a.Month, a.Resource.Role, a.Hours }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(a => (a.Role, a.Month)).ToDictionary(g => g.Key, g => g.Sum(a => a.Hours));
        var capacity = cells.Select(c => SelectionScale.HoursLimit(capacityByRole.GetValueOrDefault(c.Role) - booked.GetValueOrDefault(c))).ToArray();
        var demands = ids.Select(_ => new List<CapacityDemand>()).ToArray();
        foreach (var group in needs.GroupBy(n => (n.ProjectId, n.Role, n.Month)))
        {
            demands[index[group.Key.ProjectId]].Add(new CapacityDemand(cellIndex[(group.Key.Role, group.Key.Month)], SelectionScale.Hours(group.Sum(n => n.Hours))));
        }

        return (capacity, demands);
    }

    private static async Task<(List<(int, int)> Requires, List<(int, int)> Exclusions, string?[] Blocked)> DependenciesAsync(
        PmoDbContext db, List<int> ids, Dictionary<int, int> index, CancellationToken ct)
    {
        var rows = await db.Set<ProjectDependency>().AsNoTracking()
            .Where(d => ids.Contains(d.ProjectId) || ids.Contains(d.OtherProjectId))
            .Select(d => new
            {
                d.ProjectId,
                d.OtherProjectId,
                d.Kind,
                ProjectCode = d.Project.Code,
                ProjectUnderway = !d.Project.IsArchived && _underway.Contains(d.Project.Stage),
                OtherCode = d.OtherProject.Code,
                OtherUnderway = !d.OtherProject.IsArchived && (_underway.Contains(d.OtherProject.Stage) || d.OtherProject.Stage == LifecycleStage.Closed),
                OtherRunning = !d.OtherProject.IsArchived && _underway.Contains(d.OtherProject.Stage),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var requires = new List<(int, int)>();
        var exclusions = new List<(int, int)>();
        var blocked = new string?[ids.Count];
        foreach (var d in rows)
        {
            var self = index.TryGetValue(d.ProjectId, out var p) ? p : (int?)null;
            var other = index.TryGetValue(d.OtherProjectId, out var o) ? o : (int?)null;
            switch (d.Kind)
            {
                case DependencyKind.Requires when self is { } a && other is { } b:
                    requires.Add((a, b));
                    break;
                case DependencyKind.Requires when self is { } a && !d.OtherUnderway:
                    blocked[a] ??= $"it requires {d.OtherCode}, which is neither a candidate nor approved";
                    break;
                case DependencyKind.Excludes when self is { } a && other is { } b:
                    exclusions.Add((a, b));
                    break;
                case DependencyKind.Excludes when self is { } a && d.OtherRunning:
                    blocked[a] ??= $"it excludes {d.OtherCode}, which is already approved";
                    break;
                case DependencyKind.Excludes when other is { } b && d.ProjectUnderway:
                    blocked[b] ??= $"{d.ProjectCode}, already approved, excludes it";
                    break;
            }
        }

        return (requires, exclusions, blocked);
    }
}
