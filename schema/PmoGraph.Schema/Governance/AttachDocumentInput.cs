namespace PmoGraph.Schema.Governance;

public sealed record AttachDocumentInput
{
    public int ProjectId { get; init; }
    public ArtefactType Artefact { get; init; }
    public string Title { get; init; } = "";
    public string? Url { get; init; }
    public DateOnly? AttachedOn { get; init; }
}
