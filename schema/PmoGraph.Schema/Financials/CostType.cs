namespace PmoGraph.Schema.Financials;

public enum CostType
{
    Capex,
    Opex,
}
