namespace PmoGraph.Schema.Strategy;

public sealed record CompareDriversInput
{
    public int FirstDriverId { get; init; }
    public int SecondDriverId { get; init; }
    public double Judgement { get; init; }
    public long? Version { get; init; }
}
