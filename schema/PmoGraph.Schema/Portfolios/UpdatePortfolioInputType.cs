using GraphQL.Types;

namespace PmoGraph.Schema.Portfolios;

public sealed class UpdatePortfolioInputType : InputObjectGraphType<UpdatePortfolioInput>
{
    public UpdatePortfolioInputType()
    {
        Name = "UpdatePortfolioInput";
        Description = "New values for a portfolio's details.";
        Field(i => i.Id).Description("The portfolio to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the portfolio changed since.");
        Field(i => i.Name).Description("The portfolio's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the portfolio is for.");
        Field(i => i.OwnerId, nullable: true).Description("The id of the person accountable for the portfolio.");
    }
}
