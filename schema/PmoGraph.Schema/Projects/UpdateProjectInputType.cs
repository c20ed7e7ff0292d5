using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Projects;

public sealed class UpdateProjectInputType : UpdateInputType<UpdateProjectInput, Project>
{
    public UpdateProjectInputType()
        : base("UpdateProjectInput", "project", "New values for a project's details. The baseline moves only through approved change requests.")
    {
        Patch(i => i.Name, "The project's name, at most 200 characters.");
        Patch(i => i.Description, "What the project delivers, at most 4000 characters.");
        Patch(i => i.SponsorId, "The executive sponsor's person id.");
        Patch(i => i.ManagerId, "The project manager's person id.");
        Patch(i => i.DepartmentId, "The owning department's id.");
        Patch(i => i.PlannedStart, "The planned start date.");
        Patch(i => i.PlannedFinish, "The planned finish date; not before the start.");
        Patch(i => i.ForecastStart, "The forecast start date.");
        Patch(i => i.ForecastFinish, "The forecast finish date; not before the forecast start.");
        Patch(i => i.BudgetAtCompletion,
            "A new budget at completion; only before the project is approved (afterwards the baseline moves by change request). Money: at most 10^12 in magnitude, with at most two decimals.");
        Patch(i => i.PercentComplete, "Physical percent complete, 0 to 100 with at most two decimals.")
            .InRange(0m, 100m, 2);
        Patch(i => i.StatusDate, "The date the project's figures are reported as of.");
        Patch(i => i.EarnedValueMethod, "How milestones credit earned value.", typeof(EarnedValueMethodType));
        Patch(i => i.Priority, "The priority rank, 1 (highest) to 1000.");
    }
}
