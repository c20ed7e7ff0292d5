using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Compliance;

/// <summary>Assesses every project matching a condition in three SQL statements (standards, projects, their artefacts).</summary>
public static class ComplianceLoader
{
    public static async Task<IReadOnlyList<(int PortfolioId, ComplianceAssessment Assessment)>> AssessAsync(
        PmoDbContext db, Expression<Func<Project, bool>> which, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var standards = await db.Set<Standard>().AsNoTracking().Where(s => s.IsMandatory).ToListAsync(cancellationToken).ConfigureAwait(false);
        var matching = db.Set<Project>().AsNoTracking().Where(which);
        var projects = await matching.OrderBy(p => p.Id).Select(p => new { p.Id, p.Stage, p.Program.PortfolioId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = matching.Select(p => p.Id);
        var artefacts = (await db.Set<Document>().AsNoTracking().Where(d => ids.Contains(d.ProjectId))
                .Select(d => new { d.ProjectId, d.Artefact }).Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(d => d.ProjectId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<ArtefactType>)g.Select(d => d.Artefact).ToHashSet());
        return [.. projects.Select(p => (p.PortfolioId,
            ComplianceCalculator.Assess(p.Id, p.Stage, standards, artefacts.GetValueOrDefault(p.Id) ?? new HashSet<ArtefactType>())))];
    }
}
