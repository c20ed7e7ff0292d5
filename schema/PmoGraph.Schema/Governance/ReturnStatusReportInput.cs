namespace PmoGraph.Schema.Governance;

public sealed record ReturnStatusReportInput
{
    public int Id { get; init; }
    public long Version { get; init; }
}
