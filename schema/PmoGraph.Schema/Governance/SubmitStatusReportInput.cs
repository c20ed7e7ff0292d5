namespace PmoGraph.Schema.Governance;

public sealed record SubmitStatusReportInput
{
    public int Id { get; init; }
    public long Version { get; init; }
}
