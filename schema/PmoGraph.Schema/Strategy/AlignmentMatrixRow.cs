using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Strategy;

/// <summary>A project's row of the alignment matrix: one cell per active driver (NONE where unrated) and its value.</summary>
public sealed record AlignmentMatrixRow(Project Project, double StrategicValue, IReadOnlyList<AlignmentCell> Cells);
