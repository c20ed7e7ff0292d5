using GraphQL.Types;

namespace PmoGraph.Schema.Financials;

public sealed class CostTypeType : EnumerationGraphType<CostType>
{
    public CostTypeType()
    {
        Name = "CostType";
        Description = "CAPEX: capital expenditure, capitalised as an asset; OPEX: operating expenditure, expensed as incurred.";
    }
}
