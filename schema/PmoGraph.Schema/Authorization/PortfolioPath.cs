using System.Linq.Expressions;
using System.Reflection;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Programs;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Authorization;

/// <summary>
/// How a row of each entity reaches the portfolio it belongs to, as an expression EF Core translates into joins.
/// Entities with no such path (people, departments, strategy, standards, scenarios, KPIs) are shared reference data.
/// </summary>
internal static class PortfolioPath
{
    /// <summary><c>row =&gt; row...PortfolioId</c> for <typeparamref name="TEntity"/>, or null when it belongs to no portfolio.</summary>
    public static Expression<Func<TEntity, int>>? Of<TEntity>()
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        return ToPortfolioId(row, typeof(TEntity)) is { } body ? Expression.Lambda<Func<TEntity, int>>(body, row) : null;
    }

    private static Expression? ToPortfolioId(Expression row, Type type)
    {
        if (type == typeof(Portfolio))
        {
            return Expression.Property(row, nameof(Portfolio.Id));
        }

        if (type == typeof(Program))
        {
            return Expression.Property(row, nameof(Program.PortfolioId));
        }

        if (type == typeof(Project))
        {
            return Expression.Property(Expression.Property(row, nameof(Project.Program)), nameof(Program.PortfolioId));
        }

        // Rows that hang off a project (risks, milestones, financial lines, ...) or off a row that does.
        foreach (var parent in new[] { "Project", nameof(BenefitMeasurement.Benefit), nameof(SurveyResponse.Survey) })
        {
            if (type.GetProperty(parent, BindingFlags.Public | BindingFlags.Instance) is { } navigation
                && ToPortfolioId(Expression.Property(row, navigation), navigation.PropertyType) is { } path)
            {
                return path;
            }
        }

        return null;
    }
}
