using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Programs;

namespace PmoGraph.Schema.Portfolios;

public sealed class Portfolio : VersionedEntity, IArchivable
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int? OwnerId { get; set; }
    public Person? Owner { get; set; }
    public bool IsArchived { get; set; }
    public List<Program> Programs { get; set; } = [];
}
