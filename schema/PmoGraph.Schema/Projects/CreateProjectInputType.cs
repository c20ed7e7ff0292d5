using GraphQL.Types;

namespace PmoGraph.Schema.Projects;

public sealed class CreateProjectInputType : InputObjectGraphType<CreateProjectInput>
{
    public CreateProjectInputType()
    {
        Name = "CreateProjectInput";
        Description = "A new project idea; it starts in the IDEA stage.";
        Field(i => i.ProgramId).Description("The program the project belongs to.");
        Field(i => i.Code).Description("A short unique code: capital letters, digits, '-' and '_', at most 32 characters.");
        Field(i => i.Name).Description("The project's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the project delivers, at most 4000 characters.");
        Field(i => i.SponsorId, nullable: true).Description("The executive sponsor's person id.");
        Field(i => i.ManagerId, nullable: true).Description("The project manager's person id.");
        Field(i => i.DepartmentId, nullable: true).Description("The owning department's id.");
        Field(i => i.PlannedStart, nullable: true).Description("The planned start date.");
        Field(i => i.PlannedFinish, nullable: true).Description("The planned finish date; not before the start.");
        Field(i => i.BudgetAtCompletion).Description("The budget at completion, zero or more, in the project's currency. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.Currency).Description("The ISO 4217 code of the project's currency.");
        Field(i => i.EarnedValueMethod, type: typeof(NonNullGraphType<EarnedValueMethodType>)).Description("How milestones will credit earned value.");
        Field(i => i.Priority).Description("The priority rank, 1 (highest) to 1000.");
    }
}
