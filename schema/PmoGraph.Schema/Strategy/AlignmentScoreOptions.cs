namespace PmoGraph.Schema.Strategy;

/// <summary>
/// The score each alignment rating is worth (configuration section <c>Alignment</c>). The defaults 0/1/3/5/9 follow
/// the odd steps of Saaty's scale, so an extreme contribution outweighs several weak ones.
/// </summary>
public sealed class AlignmentScoreOptions
{
    public const string Section = "Alignment";

    public double None { get; set; }
    public double Low { get; set; } = 1;
    public double Moderate { get; set; } = 3;
    public double Strong { get; set; } = 5;
    public double Extreme { get; set; } = 9;

    public double ScoreOf(AlignmentRating rating) => rating switch
    {
        AlignmentRating.Low => Low,
        AlignmentRating.Moderate => Moderate,
        AlignmentRating.Strong => Strong,
        AlignmentRating.Extreme => Extreme,
        _ => None,
    };
}
