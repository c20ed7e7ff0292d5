using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Audit;

/// <summary>Who changed what, when, with the entity's state before and after (JSON).</summary>
public sealed class AuditEntry : Entity
{
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
