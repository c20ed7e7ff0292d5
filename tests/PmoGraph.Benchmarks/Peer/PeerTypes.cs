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
}

internal sealed class PeerPortfolioType : ObjectGraphType<Portfolio>
{
    public PeerPortfolioType()
    {
        Name = "Portfolio";
        Field(p => p.Id);
        Field(p => p.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerProgramType>>>, List<ProgramEntity>>("programs")
            .ResolveAsync(async context => await PeerResolve.Db(context).Set<ProgramEntity>().AsNoTracking()
                .Where(p => p.PortfolioId == context.Source.Id).OrderBy(p => p.Id).ToListAsync(context.CancellationToken));
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerProjectType>>>, List<Project>>("projects")
            .ResolveAsync(async context => await PeerResolve.Db(context).Set<Project>().AsNoTracking()
                .Where(p => p.ProgramId == context.Source.Id).OrderBy(p => p.Id).ToListAsync(context.CancellationToken));
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerMilestoneType>>>, List<Milestone>>("milestones")
            .ResolveAsync(async context => await PeerResolve.Db(context).Set<Milestone>().AsNoTracking()
                .Where(m => m.ProjectId == context.Source.Id).OrderBy(m => m.Id).ToListAsync(context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerRiskType>>>, List<Risk>>("risks")
            .ResolveAsync(async context => await PeerResolve.Db(context).Set<Risk>().AsNoTracking()
                .Where(r => r.ProjectId == context.Source.Id).OrderBy(r => r.Id).ToListAsync(context.CancellationToken));
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
