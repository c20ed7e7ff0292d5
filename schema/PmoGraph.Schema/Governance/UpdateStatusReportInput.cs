using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Governance;

public sealed record UpdateStatusReportInput : UpdateInput
{
    public Rag? Overall { get; init; }
    public Rag? Scope { get; init; }
    public Rag? Schedule { get; init; }
    public Rag? Cost { get; init; }
    public Rag? Risk { get; init; }
    public string? Narrative { get; init; }
}
