using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;

namespace PmoGraph.Schema.Projects;

/// <summary>A phase gate: the decision is recorded, and the project moves (GO), stays (HOLD) or is cancelled (KILL).</summary>
internal static class ProjectStageMove
{
    public static async Task<Project> RunAsync(MoveProjectStageInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.MaxLength(input.Notes, "notes", 4000);
        scope.Input.ThrowIfInvalid();
        var project = await scope.FindAsync<Project>(input.Id, "id", ct);
        scope.ExpectVersion(project, input.Version);
        var target = input.Decision is GateDecision.Kill ? LifecycleStage.Cancelled : input.ToStage;
        if (!ProjectLifecycle.CanMove(project.Stage, target))
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"A project in stage {SchemaEnumNames.Of(project.Stage)} cannot move to {SchemaEnumNames.Of(target)}: it moves one stage forward at a time, or is cancelled while open.",
                project.Stage, target));
        }

        var decider = await scope.Db.Set<Person>().Where(p => p.Subject == scope.Actor).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        scope.Db.Add(new PhaseGate
        {
            ProjectId = project.Id,
            FromStage = project.Stage,
            ToStage = target,
            Decision = input.Decision,
            DecidedOn = scope.Today,
            DecidedById = decider,
            Notes = input.Notes,
        });
        if (input.Decision is not GateDecision.Hold)
        {
            Enter(project, target, scope.Today);
        }
        else
        {
            // A held gate still changes the project's record of decisions: bump its version so readers see it moved.
            scope.Db.Entry(project).State = EntityState.Modified;
        }

        return project;
    }

    private static void Enter(Project project, LifecycleStage stage, DateOnly today)
    {
        project.Stage = stage;
        switch (stage)
        {
            case LifecycleStage.Approved:
                // Approval freezes the plan as the baseline that earned value and variances are measured against.
                project.BaselineStart ??= project.PlannedStart;
                project.BaselineFinish ??= project.PlannedFinish;
                break;
            case LifecycleStage.Executing:
                project.ActualStart ??= today;
                break;
            case LifecycleStage.Closed:
                project.ActualFinish ??= today;
                project.PercentComplete = 100;
                break;
        }
    }
}
