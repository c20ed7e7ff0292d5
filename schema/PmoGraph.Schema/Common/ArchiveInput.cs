namespace PmoGraph.Schema.Common;

/// <summary>Names a row to archive and the version the client read.</summary>
public sealed record ArchiveInput
{
    public int Id { get; init; }
    public long Version { get; init; }
}
