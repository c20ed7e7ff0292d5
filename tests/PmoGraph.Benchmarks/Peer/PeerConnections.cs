using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Benchmarks.Peer;

internal sealed class PeerPageInfoType<T> : ObjectGraphType<PeerPage<T>>
{
    public PeerPageInfoType()
    {
        Name = typeof(T).Name + "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").Resolve(context => context.Source.HasNextPage);
    }
}

internal abstract class PeerConnectionType<T, TGraph> : ObjectGraphType<PeerPage<T>>
    where TGraph : IGraphType
{
    protected PeerConnectionType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IntGraphType>, int>("totalCount")
            .ResolveAsync(context => context.Source.Source.CountAsync(context.CancellationToken));
        Field<NonNullGraphType<PeerPageInfoType<T>>, PeerPage<T>>("pageInfo").Resolve(context => context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraph>>>, IReadOnlyList<T>>("nodes").Resolve(context => context.Source.Nodes);
    }
}

internal sealed class PeerProjectsConnectionType() : PeerConnectionType<Project, PeerProjectType>("ProjectsConnection");

internal sealed class PeerPortfoliosConnectionType() : PeerConnectionType<Portfolio, PeerPortfolioType>("PortfoliosConnection");

internal sealed class PeerPortfolioProgramsConnectionType() : PeerConnectionType<ProgramEntity, PeerProgramType>("PortfolioProgramsConnection");

internal sealed class PeerProgramProjectsConnectionType() : PeerConnectionType<Project, PeerProjectType>("ProgramProjectsConnection");

internal sealed class PeerProjectMilestonesConnectionType() : PeerConnectionType<Milestone, PeerMilestoneType>("ProjectMilestonesConnection");

internal sealed class PeerProjectRisksConnectionType() : PeerConnectionType<Risk, PeerRiskType>("ProjectRisksConnection");

internal sealed class PeerAggregateType : ObjectGraphType<PeerAggregate>
{
    public PeerAggregateType()
    {
        Name = "ProjectsAggregate";
        Field<NonNullGraphType<IntGraphType>, int>("count")
            .ResolveAsync(context => context.Source.Source.CountAsync(context.CancellationToken));
        Field<NonNullGraphType<PeerAggregateSumType>, PeerAggregate>("sum").Resolve(context => context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerAggregateGroupType>>>, List<PeerGroup>>("groups")
            .ResolveAsync(async context => await PeerGroups.ReadAsync(context.Source, context.CancellationToken));
    }
}

internal sealed class PeerAggregateSumType : ObjectGraphType<PeerAggregate>
{
    public PeerAggregateSumType()
    {
        Name = "ProjectsSum";
        Field<NonNullGraphType<DecimalGraphType>, decimal>("budgetAtCompletion")
            .ResolveAsync(context => context.Source.Source.SumAsync(p => p.BudgetAtCompletion, context.CancellationToken));
    }
}
