using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class CreateDriverInputType : InputObjectGraphType<CreateDriverInput>
{
    public CreateDriverInputType()
    {
        Name = "CreateDriverInput";
        Description = "A new business driver projects are weighed by; it starts active.";
        Field(i => i.Code).Description("A short unique code: capital letters, digits, '-' and '_', at most 32 characters.");
        Field(i => i.Name).Description("The driver's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the driver rewards in a project, at most 4000 characters.");
    }
}
