using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Programs;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Scenarios;

namespace PmoGraph.Schema.Authorization;

/// <summary>
/// The row rules, written once as EF Core global query filters over the context's <see cref="RowScope"/>, so no query
/// of the store can leave them out. A row belongs to the portfolios its required references lead to (a risk through
/// its project and program, a dependency through both of its projects); it is readable when all of them are. A row
/// with no such reference (people, departments, resources, strategy, standards) is shared reference data. An optional
/// reference to a row the caller may not read reads null (EF Core joins the filtered target); a required one hides
/// the row holding it, so a non-null reference never points at a hidden row.
/// </summary>
internal static class RowRules
{
    /// <summary>Adds the filters to every entity of <paramref name="modelBuilder"/>, reading <paramref name="db"/>'s scope.</summary>
    public static void Apply(ModelBuilder modelBuilder, PmoDbContext db)
    {
        // EF Core swaps the context captured here for the one running the query, and reads the scope's members as parameters.
        var scope = Expression.Property(Expression.Constant(db), nameof(PmoDbContext.Scope));
        var allPortfolios = Expression.Property(scope, nameof(RowScope.AllPortfolios));
        var portfolioIds = Expression.Property(scope, nameof(RowScope.PortfolioIds));
        var model = modelBuilder.Model;
        foreach (var entityType in model.GetEntityTypes().Where(t => !t.IsOwned() && t.BaseType is null).ToList())
        {
            var row = Expression.Parameter(entityType.ClrType, "row");
            Expression? rule = entityType.ClrType switch
            {
                // The audit trail holds before and after images of every change, and keys are credentials: pmo-admin's alone.
                var t when t == typeof(AuditEntry) || t == typeof(ReportingKey) => Expression.Constant(false),
                // A selection scenario weighs projects of every portfolio against each other: the EPMO's, not a manager's.
                var t when t == typeof(PortfolioScenario) || t == typeof(ScenarioProject) => allPortfolios,
                var t when t == typeof(KpiValue) => Expression.OrElse(allPortfolios, KpiScopeRule(row, db, portfolioIds)),
                _ => PortfolioRule(row, entityType, portfolioIds) is { } within ? Expression.OrElse(allPortfolios, within) : null,
            };
            if (rule is not null)
            {
                modelBuilder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(rule, row));
            }
        }
    }

    /// <summary>The portfolio ids a row of <paramref name="entityType"/> belongs to, each one in <paramref name="portfolioIds"/>.</summary>
    private static Expression? PortfolioRule(Expression row, IReadOnlyEntityType entityType, Expression portfolioIds)
    {
        var paths = PortfolioPaths(row, entityType, depth: 0);
        return paths.Count == 0
            ? null
            : paths.Select(path => (Expression)Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], portfolioIds, path))
                .Aggregate(Expression.AndAlso);
    }

    /// <summary><c>row.Program.PortfolioId</c> and the like: the portfolio of each required reference chain, de-duplicated.</summary>
    internal static IReadOnlyList<Expression> PortfolioPaths(Expression row, IReadOnlyEntityType entityType, int depth)
    {
        if (entityType.ClrType == typeof(Portfolio))
        {
            return [Expression.Property(row, nameof(Portfolio.Id))];
        }

        if (depth > 8)
        {
            throw new InvalidOperationException($"The required references of {entityType.ClrType.Name} go round in a circle.");
        }

        var paths = new List<Expression>();
        foreach (var navigation in entityType.GetNavigations()
                     .Where(n => !n.IsCollection && n.IsOnDependent && n.ForeignKey.IsRequired && n.PropertyInfo is not null)
                     .OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            if (navigation.TargetEntityType.ClrType == typeof(Portfolio) && navigation.ForeignKey.Properties is [{ PropertyInfo: { } key }])
            {
                // The foreign key itself: no join to read a number the row already holds.
                paths.Add(Expression.Property(row, key));
                continue;
            }

            paths.AddRange(PortfolioPaths(Expression.Property(row, navigation.PropertyInfo!), navigation.TargetEntityType, depth + 1));
        }

        return paths;
    }

    /// <summary>A KPI value is a manager's when it measures one of their portfolios, or a program or project in one.</summary>
    private static Expression KpiScopeRule(ParameterExpression row, PmoDbContext db, Expression portfolioIds)
    {
        Expression<Func<KpiValue, IQueryable<Program>, IQueryable<Project>, IReadOnlyList<int>, bool>> rule = (kpi, programs, projects, ids) =>
            (kpi.Scope == KpiScope.Portfolio && kpi.ScopeId != null && ids.Contains(kpi.ScopeId.Value))
            || (kpi.Scope == KpiScope.Program && programs.Any(p => p.Id == kpi.ScopeId))
            || (kpi.Scope == KpiScope.Project && projects.Any(p => p.Id == kpi.ScopeId));
        var context = Expression.Constant(db);
        return new Substitution(new Dictionary<ParameterExpression, Expression>
        {
            [rule.Parameters[0]] = row,
            // Programs and projects read through the context carry their own filters: the ones in the manager's portfolios.
            [rule.Parameters[1]] = Expression.Call(context, nameof(DbContext.Set), [typeof(Program)]),
            [rule.Parameters[2]] = Expression.Call(context, nameof(DbContext.Set), [typeof(Project)]),
            [rule.Parameters[3]] = portfolioIds,
        }).Visit(rule.Body);
    }

    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
    }
}
