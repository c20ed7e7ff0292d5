namespace PmoGraph.Schema.Projects;

/// <summary>The transitions the organisation's lifecycle allows.</summary>
public static class ProjectLifecycle
{
    private static readonly LifecycleStage[] _sequence =
    [
        LifecycleStage.Idea, LifecycleStage.Proposed, LifecycleStage.Approved, LifecycleStage.Planning,
        LifecycleStage.Executing, LifecycleStage.Closing, LifecycleStage.Closed,
    ];

    /// <summary>Closed and cancelled projects go nowhere.</summary>
    public static bool IsTerminal(LifecycleStage stage) => stage is LifecycleStage.Closed or LifecycleStage.Cancelled;

    /// <summary>A project moves one stage forward at a time, or is cancelled from any open stage.</summary>
    public static bool CanMove(LifecycleStage from, LifecycleStage to)
    {
        if (IsTerminal(from))
        {
            return false;
        }

        return to is LifecycleStage.Cancelled || Array.IndexOf(_sequence, to) == Array.IndexOf(_sequence, from) + 1;
    }

    /// <summary>Whether the project has an approved baseline (budget and dates move only by change request).</summary>
    public static bool IsBaselined(LifecycleStage stage) => stage is not (LifecycleStage.Idea or LifecycleStage.Proposed);
}
