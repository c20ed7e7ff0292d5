using PmoGraph.Schema.Governance;

namespace PmoGraph.Schema.Compliance;

/// <summary>
/// A project's methodology compliance: the mandatory artefacts of the stages it has reached, which it has, and the
/// score present / required (null when nothing is required yet, or the project is cancelled and not assessed).
/// </summary>
public sealed record ComplianceAssessment(int ProjectId, int Required, int Present, decimal? Score, IReadOnlyList<Standard> Missing);
