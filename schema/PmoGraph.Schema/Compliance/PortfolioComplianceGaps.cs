namespace PmoGraph.Schema.Compliance;

/// <summary>A portfolio's compliance: its projects' artefacts required and present, and the projects with gaps.</summary>
public sealed record PortfolioComplianceGaps(int PortfolioId, int ProjectsAssessed, int Required, int Present, decimal? Score, IReadOnlyList<ComplianceAssessment> Gaps);
