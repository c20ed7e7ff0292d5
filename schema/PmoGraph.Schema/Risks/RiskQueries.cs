using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Risks;

internal sealed class RiskQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Risk, RiskType>("risks").Description("All risks of all projects.");
        query.ById<Risk, RiskType>("risk").Description("A risk by id.");
    }
}
