namespace PmoGraph.Schema.Projects;

public enum LifecycleStage
{
    Idea,
    Proposed,
    Approved,
    Planning,
    Executing,
    Closing,
    Closed,
    Cancelled,
}
