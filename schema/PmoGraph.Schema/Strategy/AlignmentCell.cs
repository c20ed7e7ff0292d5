namespace PmoGraph.Schema.Strategy;

/// <summary>One cell of the alignment matrix: a project's rating against a driver, its score and weighted score.</summary>
public sealed record AlignmentCell(BusinessDriver Driver, AlignmentRating Rating, double Score, double WeightedScore);
