namespace PmoGraph.Schema.Milestones;

public sealed record AchieveMilestoneInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public DateOnly? ActualDate { get; init; }
}
