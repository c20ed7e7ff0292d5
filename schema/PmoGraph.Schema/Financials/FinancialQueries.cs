using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Financials;

internal sealed class FinancialQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.CollectionSegment<FinancialLine, FinancialLineType>("financialLines").Description("All monthly financial lines of all projects, paged by offset (skip/take).");
        query.ById<FinancialLine, FinancialLineType>("financialLine").Description("A financial line by id.");
    }
}
