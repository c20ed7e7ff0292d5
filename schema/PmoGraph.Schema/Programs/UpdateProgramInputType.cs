using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Programs;

public sealed class UpdateProgramInputType : UpdateInputType<UpdateProgramInput, Program>
{
    public UpdateProgramInputType()
        : base("UpdateProgramInput", "program", "New values for a program's details.")
    {
        Patch(i => i.Name, "The program's name, at most 200 characters.");
        Patch(i => i.Description, "What the program is for, at most 4000 characters.");
        Patch(i => i.ManagerId, "The id of the person who manages the program.");
    }
}
