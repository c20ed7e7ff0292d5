using GraphQL.Types;

namespace PmoGraph.Schema.Programs;

public sealed class UpdateProgramInputType : InputObjectGraphType<UpdateProgramInput>
{
    public UpdateProgramInputType()
    {
        Name = "UpdateProgramInput";
        Description = "New values for a program's details.";
        Field(i => i.Id).Description("The program to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the program changed since.");
        Field(i => i.Name).Description("The program's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the program is for, at most 4000 characters.");
        Field(i => i.ManagerId, nullable: true).Description("The id of the person who manages the program.");
    }
}
