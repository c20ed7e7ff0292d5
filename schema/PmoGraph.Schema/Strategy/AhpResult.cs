namespace PmoGraph.Schema.Strategy;

/// <summary>
/// The outcome of AHP on one comparison matrix. <see cref="ConsistencyRatio"/> is CI / RI with
/// CI = (lambda_max - n) / (n - 1); it is 0 for one or two criteria (always consistent).
/// </summary>
public sealed record AhpResult(
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double RandomIndex,
    double ConsistencyRatio,
    int Iterations)
{
    /// <summary>Saaty's rule: judgements with a consistency ratio above 0.1 should be revisited.</summary>
    public bool IsConsistent => ConsistencyRatio <= AhpPriorities.ConsistencyThreshold;
}
