using GraphQL.Types;
using PmoGraph.Schema.Governance;

namespace PmoGraph.Schema.Projects;

public sealed class MoveProjectStageInputType : InputObjectGraphType<MoveProjectStageInput>
{
    public MoveProjectStageInputType()
    {
        Name = "MoveProjectStageInput";
        Description = "A phase-gate decision on moving a project to its next lifecycle stage.";
        Field(i => i.Id).Description("The project.");
        Field(i => i.Version).Description("The version read; the move fails with a ConcurrencyError if the project changed since.");
        Field(i => i.ToStage, type: typeof(NonNullGraphType<LifecycleStageType>))
            .Description("The stage asked for: the next one in the lifecycle, or CANCELLED from any open stage.");
        Field(i => i.Decision, type: typeof(NonNullGraphType<GateDecisionType>))
            .Description("GO moves the project; HOLD records the gate and keeps the stage; KILL cancels the project.")
            .DefaultValue(GateDecision.Go);
        Field(i => i.Notes, nullable: true).Description("The gate board's notes, at most 4000 characters.");
    }
}
