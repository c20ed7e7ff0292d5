namespace PmoGraph.Schema.Periods;

public sealed record ClosePeriodInput
{
    public DateOnly Period { get; init; }
    public bool Replace { get; init; }
}
