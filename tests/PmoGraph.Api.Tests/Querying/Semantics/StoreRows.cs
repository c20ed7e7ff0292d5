using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>The rows of the store, read directly with EF Core (no tracking) before any test runs.</summary>
public sealed class StoreRows
{
    private StoreRows(List<Project> projects, List<Risk> risks, List<StatusReport> statusReports, List<DriverComparison> driverComparisons, List<Person> people)
    {
        People = people;
        Projects = projects;
        Risks = risks;
        StatusReports = statusReports;
        DriverComparisons = driverComparisons;
    }

    /// <summary>Every project with its program and portfolio, people and their departments, risks, milestones and status reports.</summary>
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>Every risk with its owner and project.</summary>
    public IReadOnlyList<Risk> Risks { get; }

    public IReadOnlyList<StatusReport> StatusReports { get; }

    public IReadOnlyList<DriverComparison> DriverComparisons { get; }

    /// <summary>Every person with their department.</summary>
    public IReadOnlyList<Person> People { get; }

    public static async Task<StoreRows> LoadAsync(PmoDbContext db)
    {
        var projects = await db.Set<Project>().AsNoTracking().AsSplitQuery()
            .Include(p => p.Program).ThenInclude(p => p.Portfolio)
            .Include(p => p.Program).ThenInclude(p => p.Manager)
            .Include(p => p.Sponsor).ThenInclude(p => p!.Department)
            .Include(p => p.Manager).ThenInclude(p => p!.Department)
            .Include(p => p.Department).ThenInclude(d => d!.Parent)
            .Include(p => p.Risks).ThenInclude(r => r.Owner).ThenInclude(o => o!.Department)
            .Include(p => p.Milestones)
            .Include(p => p.StatusReports)
            .Include(p => p.Issues)
            .Include(p => p.EvmSnapshots)
            .OrderBy(p => p.Id)
            .ToListAsync();
        var risks = await db.Set<Risk>().AsNoTracking().Include(r => r.Owner).Include(r => r.Project).OrderBy(r => r.Id).ToListAsync();
        var reports = await db.Set<StatusReport>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var comparisons = await db.Set<DriverComparison>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var people = await db.Set<Person>().AsNoTracking().Include(p => p.Department).OrderBy(p => p.Id).ToListAsync();
        return new StoreRows(projects, risks, reports, comparisons, people);
    }
}
