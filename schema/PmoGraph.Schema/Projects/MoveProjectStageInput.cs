using PmoGraph.Schema.Governance;

namespace PmoGraph.Schema.Projects;

public sealed record MoveProjectStageInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public LifecycleStage ToStage { get; init; }
    public GateDecision Decision { get; init; } = GateDecision.Go;
    public string? Notes { get; init; }
}
