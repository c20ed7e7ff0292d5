namespace PmoGraph.Schema.Governance;

public sealed record ApproveStatusReportInput
{
    public int Id { get; init; }
    public long Version { get; init; }
}
