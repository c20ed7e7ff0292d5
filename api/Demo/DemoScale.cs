namespace PmoGraph.Api.Demo;

/// <summary>
/// How big the demo portfolio is and which seed draws it: the same scale always produces the same rows.
/// </summary>
public sealed record DemoScale(int Projects, int Seed = 20261101)
{
    /// <summary>The portfolio the API loads into an empty store on first start.</summary>
    public static DemoScale Default { get; } = new(60);
}
