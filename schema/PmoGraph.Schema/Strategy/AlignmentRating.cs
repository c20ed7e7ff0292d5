namespace PmoGraph.Schema.Strategy;

public enum AlignmentRating
{
    None,
    Low,
    Moderate,
    Strong,
    Extreme,
}
