using PmoGraph.Schema.Strategy;

namespace PmoGraph.Schema.Tests.Strategy;

public sealed class AhpPrioritiesTests
{
    /// <summary>
    /// Saaty, T. L. (1990). "How to make a decision: The Analytic Hierarchy Process". European Journal of Operational
    /// Research 48, 9-26, Table 2: the criteria of buying a house (size, transportation, neighbourhood, age, yard,
    /// modern facilities, general condition, financing). Published: weights .173 .054 .188 .018 .031 .036 .167 .333,
    /// lambda_max = 9.669, C.I. = 0.238, C.R. = 0.169 (so the judgements are inconsistent, CR &gt; 0.1).
    /// </summary>
    private static readonly double[,] SaatyHouse =
    {
        { 1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4 },
        { 1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7 },
        { 1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5 },
        { 1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8 },
        { 1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6 },
        { 1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6 },
        { 3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2 },
        { 4, 7, 5, 8, 6, 6, 2, 1 },
    };

    /// <summary>
    /// The "leader example" of the Wikipedia article "Analytic hierarchy process – leader example" (criteria experience,
    /// education, charisma, age). Published: weights .547 .127 .270 .056 and a consistency ratio of .044.
    /// </summary>
    private static readonly double[,] LeaderCriteria =
    {
        { 1, 4, 3, 7 },
        { 1.0 / 4, 1, 1.0 / 3, 3 },
        { 1.0 / 3, 3, 1, 5 },
        { 1.0 / 7, 1.0 / 3, 1.0 / 5, 1 },
    };

    [Fact]
    public void Compute_SaatyHouseExample_ReproducesPublishedWeightsAndInconsistency()
    {
        var result = AhpPriorities.Compute(SaatyHouse);

        Assert.Equal([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333], result.Weights.Select(w => Math.Round(w, 3)));
        Assert.Equal(9.669, result.LambdaMax, 3);
        Assert.Equal(0.238, result.ConsistencyIndex, 3);
        Assert.Equal(1.41, result.RandomIndex);
        Assert.Equal(0.169, result.ConsistencyRatio, 3);
        Assert.False(result.IsConsistent);
    }

    [Fact]
    public void Compute_LeaderExample_ReproducesPublishedWeightsAndConsistency()
    {
        var result = AhpPriorities.Compute(LeaderCriteria);

        // The article prints .547 where the eigenvector gives 0.5476: its figures are within a thousandth, not rounded.
        Assert.All(result.Weights.Zip([0.547, 0.127, 0.270, 0.056]), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0, 0.001));
        Assert.Equal(0.044, result.ConsistencyRatio, 3);
        Assert.True(result.IsConsistent);
        Assert.Equal(1.0, result.Weights.Sum(), 12);
    }

    [Fact]
    public void Compute_PerfectlyConsistentMatrix_GivesExactRatiosAndZeroRatio()
    {
        // w = (4, 2, 1)/7: every judgement is w_i / w_j, so lambda_max = n and CI = 0.
        double[,] matrix = { { 1, 2, 4 }, { 0.5, 1, 2 }, { 0.25, 0.5, 1 } };

        var result = AhpPriorities.Compute(matrix);

        Assert.Equal(4.0 / 7, result.Weights[0], 9);
        Assert.Equal(2.0 / 7, result.Weights[1], 9);
        Assert.Equal(1.0 / 7, result.Weights[2], 9);
        Assert.Equal(3.0, result.LambdaMax, 9);
        Assert.Equal(0.0, result.ConsistencyRatio, 9);
    }

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.0)]
    [InlineData(3, 0.58)]
    [InlineData(5, 1.12)]
    [InlineData(10, 1.49)]
    [InlineData(15, 1.59)]
    [InlineData(40, 1.59)]
    public void RandomIndex_Order_IsSaatysTable(int n, double expected) => Assert.Equal(expected, AhpPriorities.RandomIndex(n));

    [Fact]
    public void Compute_TwoCriteria_AreAlwaysConsistent()
    {
        var result = AhpPriorities.Compute(new double[,] { { 1, 3 }, { 1.0 / 3, 1 } });

        Assert.Equal([0.75, 0.25], result.Weights.Select(w => Math.Round(w, 9)));
        Assert.Equal(0.0, result.ConsistencyRatio);
        Assert.True(result.IsConsistent);
    }
}
