using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Portfolios;

public sealed class UpdatePortfolioInputType : UpdateInputType<UpdatePortfolioInput, Portfolio>
{
    public UpdatePortfolioInputType()
        : base("UpdatePortfolioInput", "portfolio", "New values for a portfolio's details.")
    {
        Patch(i => i.Name, "The portfolio's name, at most 200 characters.");
        Patch(i => i.Description, "What the portfolio is for, at most 4000 characters.");
        Patch(i => i.OwnerId, "The id of the person accountable for the portfolio.");
    }
}
