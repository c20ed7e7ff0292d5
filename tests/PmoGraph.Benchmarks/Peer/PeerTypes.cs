using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Benchmarks.Peer;

// The typical GraphQL.NET server: one resolver per field, each navigation read by its own EF Core query, no batching.
internal static class PeerResolve
{
    public static PmoDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PmoDbContext>();

    /// <summary>A nested connection's page for one parent: its own query, the first rows in id order.</summary>
    public static Task<PeerPage<T>> ChildrenAsync<T>(IResolveFieldContext context, IQueryable<T> children)
        where T : PmoGraph.Schema.Common.Entity
    {
        var rows = children.AsNoTracking();
        return PeerQueryables.PageAsync(rows.OrderBy(r => r.Id), rows, context.GetArgument("first", 10), context.CancellationToken);
    }
}

internal sealed class PeerPortfolioType : ObjectGraphType<Portfolio>
{
    public PeerPortfolioType()
    {
        Name = "Portfolio";
        Field(p => p.Id);
        Field(p => p.Name);
        Field<NonNullGraphType<PeerPortfolioProgramsConnectionType>, PeerPage<ProgramEntity>>("programs")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async context => await PeerResolve.ChildrenAsync(
                context, PeerResolve.Db(context).Set<ProgramEntity>().Where(p => p.PortfolioId == context.Source.Id)));
    }
}

internal sealed class PeerProgramType : ObjectGraphType<ProgramEntity>
{
    public PeerProgramType()
    {
        Name = "Program";
        Field(p => p.Id);
        Field(p => p.Name);
        Field<NonNullGraphType<PeerPortfolioType>, Portfolio>("portfolio")
            .ResolveAsync(async context => await PeerResolve.Db(context).Set<Portfolio>().AsNoTracking()
                .FirstOrDefaultAsync(p => p.Id == context.Source.PortfolioId, context.CancellationToken));
        Field<NonNullGraphType<PeerProgramProjectsConnectionType>, PeerPage<Project>>("projects")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async context => await PeerResolve.ChildrenAsync(
                context, PeerResolve.Db(context).Set<Project>().Where(p => p.ProgramId == context.Source.Id)));
    }
}

internal sealed class PeerProjectType : ObjectGraphType<Project>
{
    public PeerProjectType()
    {
        Name = "Project";
        Field(p => p.Id);
        Field(p => p.Code);
        Field(p => p.Name);
        Field(p => p.Stage, type: typeof(NonNullGraphType<EnumerationGraphType<LifecycleStage>>));
        Field(p => p.BudgetAtCompletion);
        Field(p => p.Currency);
        Field(p => p.PlannedStart, nullable: true);
        Field(p => p.PlannedFinish, nullable: true);
        Field<NonNullGraphType<PeerProgramType>, ProgramEntity>("program")
            .ResolveAsync(async context => await PeerResolve.Db(context).Set<ProgramEntity>().AsNoTracking()
                .FirstOrDefaultAsync(p => p.Id == context.Source.ProgramId, context.CancellationToken));
        Field<PeerPersonType, Person>("manager")
            .ResolveAsync(async context => context.Source.ManagerId is { } id
                ? await PeerResolve.Db(context).Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken)
                : null);
        Field<NonNullGraphType<PeerProjectMilestonesConnectionType>, PeerPage<Milestone>>("milestones")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async context => await PeerResolve.ChildrenAsync(
                context, PeerResolve.Db(context).Set<Milestone>().Where(m => m.ProjectId == context.Source.Id)));
        Field<NonNullGraphType<PeerProjectRisksConnectionType>, PeerPage<Risk>>("risks")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async context => await PeerResolve.ChildrenAsync(
                context, PeerResolve.Db(context).Set<Risk>().Where(r => r.ProjectId == context.Source.Id)));
    }
}

internal sealed class PeerPersonType : ObjectGraphType<Person>
{
    public PeerPersonType()
    {
        Name = "Person";
        Field(p => p.Id);
        Field(p => p.Name);
    }
}

internal sealed class PeerMilestoneType : ObjectGraphType<Milestone>
{
    public PeerMilestoneType()
    {
        Name = "Milestone";
        Field(m => m.Id);
        Field(m => m.Name);
        Field(m => m.PlannedDate);
        Field(m => m.ActualDate, nullable: true);
    }
}

internal sealed class PeerRiskType : ObjectGraphType<Risk>
{
    public PeerRiskType()
    {
        Name = "Risk";
        Field(r => r.Id);
        Field(r => r.Title);
        Field(r => r.Exposure);
        Field(r => r.Status, type: typeof(NonNullGraphType<EnumerationGraphType<RiskStatus>>));
    }
}
