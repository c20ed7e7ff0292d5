namespace PmoGraph.Schema.Governance;

public sealed record UpdateStatusReportInput
{
    public int Id { get; init; }
    public long Version { get; init; }
    public Rag Overall { get; init; }
    public Rag Scope { get; init; }
    public Rag Schedule { get; init; }
    public Rag Cost { get; init; }
    public Rag Risk { get; init; }
    public string? Narrative { get; init; }
}
