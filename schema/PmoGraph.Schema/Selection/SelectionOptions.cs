namespace PmoGraph.Schema.Selection;

/// <summary>Solver settings for the API (configuration section <c>Selection</c>).</summary>
public sealed class SelectionOptions
{
    public const string Section = "Selection";

    /// <summary>The time limit when a request names none.</summary>
    public double DefaultTimeLimitSeconds { get; set; } = 10;

    /// <summary>The longest time limit a request may ask for.</summary>
    public double MaxTimeLimitSeconds { get; set; } = 120;

    /// <summary>CP-SAT's parallel workers per solve.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>The most budget levels one efficient frontier may solve.</summary>
    public int MaxFrontierPoints { get; set; } = 50;
}
