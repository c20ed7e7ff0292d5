using GraphQL.Types;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Governance;

public sealed class PhaseGateType : ObjectGraphType<PhaseGate>
{
    public PhaseGateType()
    {
        Name = "PhaseGate";
        Description = "A gate review deciding whether a project may move from one lifecycle stage to the next.";
        Field(g => g.Id).Description("The gate review's id.");
        Field(g => g.FromStage, type: typeof(NonNullGraphType<LifecycleStageType>)).Description("The stage the project was in at the gate.").Filterable();
        Field(g => g.ToStage, type: typeof(NonNullGraphType<LifecycleStageType>)).Description("The stage the project asked to move to.").Filterable();
        Field(g => g.Decision, type: typeof(NonNullGraphType<GateDecisionType>)).Description("The gate's outcome: go, hold or kill.").Filterable();
        Field(g => g.DecidedOn).Description("The date of the decision.").Filterable().Sortable();
        Field(g => g.Notes, nullable: true).Description("The reasons and conditions recorded with the decision.");
        Field(g => g.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<PhaseGate, Project, ProjectType>("project", g => g.ProjectId).Description("The project reviewed.").Filterable(g => g.Project).Sortable(g => g.Project);
        this.OptionalReference<PhaseGate, Person, PersonType>("decidedBy", g => g.DecidedById).Description("The person who took the gate decision.").Filterable(g => g.DecidedBy).Sortable(g => g.DecidedBy);
    }
}
