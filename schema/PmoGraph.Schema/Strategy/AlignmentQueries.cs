using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Strategy;

internal sealed class AlignmentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DriverWeightingType>>("driverWeights")
            .Description("The active business drivers' AHP weights from the pairwise judgements, with the consistency ratio.")
            .ResolveAsync(async c => await StrategyValuation.WeighDriversAsync(Db(c), c.CancellationToken).ConfigureAwait(false));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlignmentMatrixRowType>>>>("alignmentMatrix")
            .Description("Live projects (not archived, closed or cancelled) against the active drivers, with each project's strategic value.")
            .ResolveAsync(async c => (await ReportAsync(c).ConfigureAwait(false)).Matrix());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DriverSpendType>>>>("spendByDriver")
            .Description("The live portfolio's budget and actual cost behind each active business driver.")
            .ResolveAsync(async c => (await ReportAsync(c).ConfigureAwait(false)).SpendByDriver());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectiveSpendType>>>>("spendByObjective")
            .Description("The live portfolio's budget and actual cost behind each node of the strategy tree.")
            .ResolveAsync(async c => (await ReportAsync(c).ConfigureAwait(false)).SpendByObjective());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategicObjectiveType>>>>("unservedObjectives")
            .Description("Goals, objectives and key results no live project serves (rated above NONE), directly or through a node below.")
            .ResolveAsync(async c => (await ReportAsync(c).ConfigureAwait(false)).UnservedObjectives());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("unalignedProjects")
            .Description("Live projects rated above NONE against no business driver and no strategic objective.")
            .ResolveAsync(async c => (await ReportAsync(c).ConfigureAwait(false)).UnalignedProjects());
    }

    private static PmoDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PmoDbContext>();

    private static Task<AlignmentReport> ReportAsync(IResolveFieldContext context) => AlignmentReport.LoadAsync(
        Db(context), context.RequestServices!.GetRequiredService<IOptions<AlignmentScoreOptions>>().Value, context.CancellationToken);
}
