using GraphQL.Types;

namespace PmoGraph.Schema.Portfolios;

public sealed class CreatePortfolioInputType : InputObjectGraphType<CreatePortfolioInput>
{
    public CreatePortfolioInputType()
    {
        Name = "CreatePortfolioInput";
        Description = "A new portfolio.";
        Field(i => i.Code).Description("A short unique code: capital letters, digits, '-' and '_', at most 32 characters.");
        Field(i => i.Name).Description("The portfolio's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the portfolio is for.");
        Field(i => i.OwnerId, nullable: true).Description("The id of the person accountable for the portfolio.");
    }
}
