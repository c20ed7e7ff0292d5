using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Periods;

internal sealed class PeriodQueries : IQueryFields
{
    /// <summary>The stages in which a project owes the PMO a monthly status report.</summary>
    public static readonly IReadOnlyList<LifecycleStage> ReportingStages = [LifecycleStage.Executing, LifecycleStage.Closing];

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<PeriodClose, PeriodCloseType>("periodCloses").Description("The months closed so far, with the counts of each one's last run.");
        query.ById<PeriodClose, PeriodCloseType>("periodClose").Description("A period close by id.");
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>, IReadOnlyList<Project>>("missingStatusReports")
            .Description("Status report completeness: the projects in EXECUTING or CLOSING (not archived) with no SUBMITTED or APPROVED status report for the month, by code.")
            .Argument<NonNullGraphType<Graph.DateGraphType>>("period", "The month, as its first day.")
            .ResolveAsync(async context =>
            {
                InputRangeCheck.ThrowIfOutOfRange(context);
                var period = context.GetArgument<DateOnly>("period");
                if (period.Day != 1)
                {
                    throw new ExecutionError("'period' must be the first day of a month.") { Code = "INVALID_PERIOD" };
                }

                var db = context.RequestServices!.GetRequiredService<PmoDbContext>();
                var stages = ReportingStages.ToList();
                return await db.Set<Project>().AsNoTracking()
                    .Where(p => !p.IsArchived && stages.Contains(p.Stage)
                        && !p.StatusReports.Any(r => r.Period == period && (r.State == ReportState.Submitted || r.State == ReportState.Approved)))
                    .OrderBy(p => p.Code)
                    .ToListAsync(context.CancellationToken);
            });
    }
}
