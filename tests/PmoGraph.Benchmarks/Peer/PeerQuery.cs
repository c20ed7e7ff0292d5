using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Benchmarks.Peer;

internal sealed class PeerQuery : ObjectGraphType
{
    public PeerQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<PeerProjectsConnectionType>, PeerPage<Project>>("projects")
            .Argument<IntGraphType>("first")
            .Argument<PeerProjectFilterType>("where")
            .Argument<ListGraphType<NonNullGraphType<PeerProjectSortType>>>("order")
            .ResolveAsync(async context =>
            {
                var filtered = PeerQueryables.Filter(
                    PeerResolve.Db(context).Set<Project>().AsNoTracking(), context.GetArgument<PeerProjectFilter?>("where"));
                var ordered = PeerQueryables.Order(filtered, context.GetArgument<List<PeerProjectSort>?>("order"));
                return await PeerQueryables.PageAsync(ordered, filtered, context.GetArgument("first", 10), context.CancellationToken);
            });
        Field<NonNullGraphType<PeerPortfoliosConnectionType>, PeerPage<Portfolio>>("portfolios")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async context =>
            {
                var source = PeerResolve.Db(context).Set<Portfolio>().AsNoTracking();
                return await PeerQueryables.PageAsync(source.OrderBy(p => p.Id), source, context.GetArgument("first", 10), context.CancellationToken);
            });
        Field<PeerProjectType, Project>("project")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<int>("id");
                return await PeerResolve.Db(context).Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, context.CancellationToken);
            });
        Field<NonNullGraphType<PeerAggregateType>, PeerAggregate>("projectsAggregate")
            .Argument<PeerProjectFilterType>("where")
            .Argument<ListGraphType<NonNullGraphType<PeerProjectGroupByType>>>("groupBy")
            .Resolve(context => new PeerAggregate(
                PeerQueryables.Filter(PeerResolve.Db(context).Set<Project>().AsNoTracking(), context.GetArgument<PeerProjectFilter?>("where")),
                context.GetArgument<List<PeerProjectGroupBy>?>("groupBy") ?? []));
    }
}

internal sealed class PeerSchema : GraphQL.Types.Schema
{
    public PeerSchema(IServiceProvider services, PeerQuery query)
        : base(services)
    {
        Query = query;
    }
}
