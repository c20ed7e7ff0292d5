namespace PmoGraph.Schema.Projects;

/// <summary>How a project's milestones credit earned value.</summary>
public enum EarnedValueMethod
{
    WeightedMilestones,
    ZeroHundred,
    FiftyFifty,
    PercentComplete,
}
