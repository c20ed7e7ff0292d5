using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Governance;

/// <summary>
/// The RAG policy for one metric: green at or above <see cref="GreenFrom"/>, amber at or above
/// <see cref="AmberFrom"/>, red below.
/// </summary>
public sealed class RagThreshold : VersionedEntity
{
    public required string Metric { get; set; }
    public decimal GreenFrom { get; set; }
    public decimal AmberFrom { get; set; }
}
