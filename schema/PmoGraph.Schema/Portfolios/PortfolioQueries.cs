using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Portfolios;

internal sealed class PortfolioQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Portfolio, PortfolioType>("portfolios").Description("All portfolios.");
        query.ById<Portfolio, PortfolioType>("portfolio").Description("A portfolio by id.");
    }
}
