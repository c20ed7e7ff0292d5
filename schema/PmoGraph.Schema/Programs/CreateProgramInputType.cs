using GraphQL.Types;

namespace PmoGraph.Schema.Programs;

public sealed class CreateProgramInputType : InputObjectGraphType<CreateProgramInput>
{
    public CreateProgramInputType()
    {
        Name = "CreateProgramInput";
        Description = "A new program in a portfolio.";
        Field(i => i.PortfolioId).Description("The portfolio the program belongs to; it must not be archived.");
        Field(i => i.Code).Description("A short unique code: capital letters, digits, '-' and '_', at most 32 characters.");
        Field(i => i.Name).Description("The program's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the program is for, at most 4000 characters.");
        Field(i => i.ManagerId, nullable: true).Description("The id of the person who manages the program.");
    }
}
