using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Programs;

namespace PmoGraph.Schema.Projects;

internal sealed class ProjectMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateProjectInput, CreateProjectInputType, Project, ProjectType>("createProject", "project", CreateAsync, typeof(InvalidTransitionErrorType))
            .Description("Registers a project idea in a program.");
        mutation.Update<UpdateProjectInput, UpdateProjectInputType, Project, ProjectType>("updateProject", "project", UpdateAsync)
            .Description("Changes a project's details, forecast and progress.");
        mutation.Mutation<ArchiveInput, ArchiveInputType<Project>, Project, ProjectType>("archiveProject", "project", ArchiveHandler.ArchiveAsync<Project>, typeof(ConcurrencyErrorType))
            .Description("Archives a project: it stays readable but is marked as no longer active.");
        mutation.Mutation<MoveProjectStageInput, MoveProjectStageInputType, Project, ProjectType>(
                "moveProjectStage", "project", ProjectStageMove.RunAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Records a phase-gate decision and, on GO or KILL, moves the project to its next stage or cancels it.");
    }

    private static async Task<Project> CreateAsync(CreateProjectInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Code(input.Code, "code");
        ValidateDetails(scope.Input, input.Name, input.Description, input.PlannedStart, input.PlannedFinish, input.Priority);
        scope.Input.NotNegative(input.BudgetAtCompletion, "budgetAtCompletion");
        scope.Input.Currency(input.Currency, "currency");
        if (await scope.Db.Set<Project>().AnyAsync(p => p.Code == input.Code, ct))
        {
            scope.Input.Add("code", "unique", $"A project with code '{input.Code}' already exists.");
        }

        scope.Input.ThrowIfInvalid();
        var program = await scope.FindAsync<Program>(input.ProgramId, "programId", ct);
        if (program.IsArchived)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Program {program.Code} is archived: it takes no new projects.", InvalidTransitionError.Archived, LifecycleStage.Idea));
        }

        await MustExistPeopleAsync(scope, input.SponsorId, input.ManagerId, input.DepartmentId, ct);
        var project = new Project
        {
            ProgramId = input.ProgramId,
            Code = input.Code,
            Name = input.Name.Trim(),
            Description = input.Description,
            SponsorId = input.SponsorId,
            ManagerId = input.ManagerId,
            DepartmentId = input.DepartmentId,
            Stage = LifecycleStage.Idea,
            PlannedStart = input.PlannedStart,
            PlannedFinish = input.PlannedFinish,
            BudgetAtCompletion = input.BudgetAtCompletion,
            Currency = input.Currency,
            EarnedValueMethod = input.EarnedValueMethod,
            Priority = input.Priority,
        };
        scope.Db.Add(project);
        return project;
    }

    private static async Task UpdateAsync(UpdateProjectInput input, Project project, MutationScope scope, CancellationToken ct)
    {
        ValidateDetails(scope.Input, project.Name, project.Description, project.PlannedStart, project.PlannedFinish, project.Priority);
        scope.Input.InOrder(project.ForecastStart, project.ForecastFinish, "forecastStart", "forecastFinish");
        scope.Input.NotNegative(project.BudgetAtCompletion, "budgetAtCompletion");
        scope.Input.Range(project.PercentComplete, "percentComplete", 0, 100);
        if (project.BudgetAtCompletion != scope.Stored(project, p => p.BudgetAtCompletion) && ProjectLifecycle.IsBaselined(project.Stage))
        {
            scope.Input.Add("budgetAtCompletion", "baselined", "The project is baselined: its budget changes only through an approved change request.");
        }

        scope.Input.ThrowIfInvalid();
        await MustExistPeopleAsync(scope, project.SponsorId, project.ManagerId, project.DepartmentId, ct);
        project.Name = project.Name.Trim();
    }

    private static void ValidateDetails(InputValidation input, string name, string? description, DateOnly? start, DateOnly? finish, int priority)
    {
        input.Required(name, "name", 200);
        input.MaxLength(description, "description", 4000);
        input.InOrder(start, finish, "plannedStart", "plannedFinish");
        input.Range(priority, "priority", 1, 1000);
    }

    private static async Task MustExistPeopleAsync(MutationScope scope, int? sponsorId, int? managerId, int? departmentId, CancellationToken ct)
    {
        await scope.MustExistAsync<Person>(sponsorId, "sponsorId", ct);
        await scope.MustExistAsync<Person>(managerId, "managerId", ct);
        await scope.MustExistAsync<Department>(departmentId, "departmentId", ct);
    }
}
