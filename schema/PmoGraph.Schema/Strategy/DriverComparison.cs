using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Strategy;

/// <summary>
/// One pairwise judgement on Saaty's scale: how much more important <see cref="First"/> is than
/// <see cref="Second"/> (1/9 .. 9). The reciprocal judgement is implied, never stored.
/// </summary>
public sealed class DriverComparison : VersionedEntity
{
    public int FirstDriverId { get; set; }
    public BusinessDriver First { get; set; } = null!;
    public int SecondDriverId { get; set; }
    public BusinessDriver Second { get; set; } = null!;
    public double Judgement { get; set; }
}
