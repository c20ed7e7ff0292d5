using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Governance;

/// <summary>A gate review: whether the project may move from one lifecycle stage to the next.</summary>
public sealed class PhaseGate : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public LifecycleStage FromStage { get; set; }
    public LifecycleStage ToStage { get; set; }
    public GateDecision Decision { get; set; }
    public DateOnly DecidedOn { get; set; }
    public int? DecidedById { get; set; }
    public Person? DecidedBy { get; set; }
    public string? Notes { get; set; }
}
