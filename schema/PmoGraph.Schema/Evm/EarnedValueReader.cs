using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Evm;

/// <summary>
/// Earned value for projects, programs, portfolios and departments, read from the store in a bounded number of
/// statements and judged under the stored RAG policy. Roll-ups cover the scope's projects that are not archived.
/// </summary>
public static class EarnedValueReader
{
    /// <summary>The stored RAG thresholds, or DESIGN.md's defaults where none are stored.</summary>
    public static async Task<RagPolicy> PolicyAsync(PmoDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<RagThreshold>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? RagPolicy.Default : new RagPolicy(rows);
    }

    /// <summary>The measures of each of <paramref name="ids"/> (of the kind <paramref name="scope"/>) at <paramref name="asOf"/>.</summary>
    public static async Task<IReadOnlyDictionary<int, EarnedValueMeasures>> ByScopeAsync(
        PmoDbContext db, EvmScope scope, IReadOnlyCollection<int> ids, DateOnly asOf, CancellationToken cancellationToken)
    {
        var projects = await EarnedValueLoader.LoadAsync(db, Members(scope, ids), cancellationToken).ConfigureAwait(false);
        var policy = await PolicyAsync(db, cancellationToken).ConfigureAwait(false);
        var measured = Group(projects, KeyOf(scope), policy, asOf);
        return ids.Distinct().ToDictionary(id => id, id => measured.GetValueOrDefault(id) ?? Judged([], policy, asOf));
    }

    /// <summary>The projects that make up each scope.</summary>
    public static Expression<Func<Project, bool>> Members(EvmScope scope, IReadOnlyCollection<int> ids) => scope switch
    {
        EvmScope.Project => p => ids.Contains(p.Id),
        EvmScope.Program => p => ids.Contains(p.ProgramId) && !p.IsArchived,
        EvmScope.Portfolio => p => ids.Contains(p.Program.PortfolioId) && !p.IsArchived,
        _ => p => p.DepartmentId != null && ids.Contains(p.DepartmentId.Value) && !p.IsArchived,
    };

    /// <summary>Which scope a loaded project counts toward.</summary>
    public static Func<EvmProject, int?> KeyOf(EvmScope scope) => scope switch
    {
        EvmScope.Project => p => p.Id,
        EvmScope.Program => p => p.ProgramId,
        EvmScope.Portfolio => p => p.PortfolioId,
        _ => p => p.DepartmentId,
    };

    /// <summary>Rolls <paramref name="projects"/> up by <paramref name="key"/>; projects with a null key are left out.</summary>
    public static IReadOnlyDictionary<int, EarnedValueMeasures> Group(
        IEnumerable<EvmProject> projects, Func<EvmProject, int?> key, RagPolicy policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(projects);
        return projects.Where(p => key(p) is not null)
            .GroupBy(p => key(p)!.Value)
            .ToDictionary(g => g.Key, g => Judged([.. g.Select(p => p.Inputs)], policy, asOf));
    }

    /// <summary>
    /// The roll-up of <paramref name="inputs"/> with its RAG: a project's RAG is the policy's verdict on its measures,
    /// a roll-up's is red if any project is red, else amber if any is amber.
    /// </summary>
    public static EarnedValueMeasures Judged(IReadOnlyCollection<ProjectEvmInputs> inputs, RagPolicy policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(policy);
        var measures = EarnedValueCalculator.Rollup(inputs, asOf);
        var rag = inputs.Count == 1
            ? policy.Judge(measures)
            : RagPolicy.Rollup(inputs.Select(i => policy.Judge(EarnedValueCalculator.Measure(i, asOf))));
        return measures with { Rag = rag };
    }
}
