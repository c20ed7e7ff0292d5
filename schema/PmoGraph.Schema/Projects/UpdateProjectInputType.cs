using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Projects;

public sealed class UpdateProjectInputType : InputObjectGraphType<UpdateProjectInput>
{
    public UpdateProjectInputType()
    {
        Name = "UpdateProjectInput";
        Description = "New values for a project's details. The baseline moves only through approved change requests.";
        Field(i => i.Id).Description("The project to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the project changed since.");
        Field(i => i.Name).Description("The project's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the project delivers, at most 4000 characters.");
        Field(i => i.SponsorId, nullable: true).Description("The executive sponsor's person id.");
        Field(i => i.ManagerId, nullable: true).Description("The project manager's person id.");
        Field(i => i.DepartmentId, nullable: true).Description("The owning department's id.");
        Field(i => i.PlannedStart, nullable: true).Description("The planned start date.");
        Field(i => i.PlannedFinish, nullable: true).Description("The planned finish date; not before the start.");
        Field(i => i.ForecastStart, nullable: true).Description("The forecast start date.");
        Field(i => i.ForecastFinish, nullable: true).Description("The forecast finish date; not before the forecast start.");
        Field(i => i.BudgetAtCompletion, nullable: true)
            .Description("A new budget at completion; only before the project is approved (afterwards the baseline moves by change request). Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.PercentComplete).Description("Physical percent complete, 0 to 100 with at most two decimals.")
            .InRange(0m, 100m, 2);
        Field(i => i.StatusDate, nullable: true).Description("The date the project's figures are reported as of.");
        Field(i => i.EarnedValueMethod, type: typeof(NonNullGraphType<EarnedValueMethodType>)).Description("How milestones credit earned value.");
        Field(i => i.Priority).Description("The priority rank, 1 (highest) to 1000.");
    }
}
