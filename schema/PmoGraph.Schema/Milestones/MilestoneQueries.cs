using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Milestones;

internal sealed class MilestoneQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Milestone, MilestoneType>("milestones").Description("All milestones of all projects.");
        query.ById<Milestone, MilestoneType>("milestone").Description("A milestone by id.");
    }
}
