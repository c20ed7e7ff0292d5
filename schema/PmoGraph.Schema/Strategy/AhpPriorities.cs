namespace PmoGraph.Schema.Strategy;

/// <summary>
/// The analytic hierarchy process (Saaty): weights are the principal eigenvector of a reciprocal pairwise comparison
/// matrix, normalised to sum to 1, found by power iteration; consistency is judged by Saaty's consistency ratio.
/// </summary>
public static class AhpPriorities
{
    /// <summary>A consistency ratio above this means the judgements contradict each other too much to trust.</summary>
    public const double ConsistencyThreshold = 0.1;

    private const int MaxIterations = 10_000;
    private const double Convergence = 1e-12;

    // Saaty's random indices: the mean consistency index of random reciprocal matrices of order n (n = 1..15).
    private static readonly double[] _randomIndices = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

    /// <summary>
    /// Saaty's random index for a matrix of order <paramref name="n"/>. Past the published table (n &gt; 15) the last
    /// value is used: the index levels off there.
    /// </summary>
    public static double RandomIndex(int n) => n < 1 ? 0 : _randomIndices[Math.Min(n, _randomIndices.Length) - 1];

    /// <summary>Weights and consistency of the square positive reciprocal matrix <paramref name="judgements"/>.</summary>
    public static AhpResult Compute(double[,] judgements)
    {
        ArgumentNullException.ThrowIfNull(judgements);
        var n = judgements.GetLength(0);
        if (n != judgements.GetLength(1))
        {
            throw new ArgumentException("A pairwise comparison matrix is square.", nameof(judgements));
        }

        if (n == 0)
        {
            return new AhpResult([], 0, 0, 0, 0, 0);
        }

        var weights = Enumerable.Repeat(1.0 / n, n).ToArray();
        var iterations = 0;
        for (; iterations < MaxIterations; iterations++)
        {
            var next = Multiply(judgements, weights);
            var sum = next.Sum();
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= sum;
                change = Math.Max(change, Math.Abs(next[i] - weights[i]));
            }

            weights = next;
            if (change < Convergence)
            {
                break;
            }
        }

        // lambda_max is the mean of (A w)_i / w_i, which equals sum(A w) when w sums to 1 and is the eigenvector.
        var product = Multiply(judgements, weights);
        var lambdaMax = Enumerable.Range(0, n).Average(i => product[i] / weights[i]);
        var consistencyIndex = n > 1 ? Math.Max(0, (lambdaMax - n) / (n - 1)) : 0;
        var randomIndex = RandomIndex(n);
        var ratio = randomIndex > 0 ? consistencyIndex / randomIndex : 0;
        return new AhpResult(weights, lambdaMax, consistencyIndex, randomIndex, ratio, iterations + 1);
    }

    private static double[] Multiply(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += matrix[i, j] * vector[j];
            }

            result[i] = sum;
        }

        return result;
    }
}
