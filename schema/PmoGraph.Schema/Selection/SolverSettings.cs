namespace PmoGraph.Schema.Selection;

/// <summary>How long CP-SAT may search and with how many workers; at the limit it returns its best selection and bound.</summary>
public sealed record SolverSettings(TimeSpan TimeLimit, int Workers = 1, int Seed = 0)
{
    public static SolverSettings Default { get; } = new(TimeSpan.FromSeconds(10));
}
