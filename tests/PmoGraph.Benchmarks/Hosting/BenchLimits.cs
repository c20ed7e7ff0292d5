namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// The execution limits the benchmark host changes, and only these: a closed-loop load test sends thousands of
/// requests a minute from one subject (past the rate limit of 600 per 60 s), and the nested query asks for whole
/// pages at three levels (the API computes a cost of 840,410 for it, against the default 20,000). Depth, aliases,
/// root fields and the timeout keep their shipped values.
/// </summary>
internal static class BenchLimits
{
    public static readonly IReadOnlyList<(string Name, int Value)> Settings =
    [
        ("Limits:RateLimitPermits", 100_000_000),
        ("Limits:MaxCost", 10_000_000),
    ];
}
