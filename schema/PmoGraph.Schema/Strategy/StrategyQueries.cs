using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Strategy;

internal sealed class StrategyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<StrategicObjective, StrategicObjectiveType>("strategicObjectives").Description("All goals, objectives and key results of the strategy tree.");
        query.ById<StrategicObjective, StrategicObjectiveType>("strategicObjective").Description("A strategic objective by id.");
        query.Connection<BusinessDriver, BusinessDriverType>("businessDrivers").Description("All business drivers.");
        query.ById<BusinessDriver, BusinessDriverType>("businessDriver").Description("A business driver by id.");
        query.Connection<DriverComparison, DriverComparisonType>("driverComparisons").Description("All pairwise driver judgements.");
        query.ById<DriverComparison, DriverComparisonType>("driverComparison").Description("A pairwise driver judgement by id.");
        query.Connection<DriverWeightRevision, DriverWeightRevisionType>("driverWeightRevisions").Description("Every weighing of the business drivers, applied or not (inconsistent judgements).");
        query.ById<DriverWeightRevision, DriverWeightRevisionType>("driverWeightRevision").Description("A weighing of the business drivers by id.");
        query.Connection<ProjectAlignment, ProjectAlignmentType>("projectAlignments").Description("All project alignment ratings.");
        query.ById<ProjectAlignment, ProjectAlignmentType>("projectAlignment").Description("A project alignment rating by id.");
    }
}
