namespace PmoGraph.Schema.Scenarios;

public sealed record CommitScenarioInput
{
    public int Id { get; init; }
    public long Version { get; init; }
}
