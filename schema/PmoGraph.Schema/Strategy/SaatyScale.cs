namespace PmoGraph.Schema.Strategy;

/// <summary>Saaty's fundamental scale for pairwise judgements: 1 to 9 and their reciprocals.</summary>
internal static class SaatyScale
{
    private const double Tolerance = 1e-6;

    /// <summary>
    /// The scale value <paramref name="judgement"/> stands for, as <c>(k, reciprocal)</c> meaning k or 1/k;
    /// null when it is not on the scale. Clients send 1/3 as 0.333333, so values within 1e-6 count.
    /// </summary>
    public static (int Step, bool Reciprocal)? Snap(double judgement)
    {
        for (var k = 1; k <= 9; k++)
        {
            if (Math.Abs(judgement - k) <= Tolerance)
            {
                return (k, false);
            }

            if (Math.Abs(judgement - (1.0 / k)) <= Tolerance)
            {
                return (k, k != 1);
            }
        }

        return null;
    }

    public static double Value((int Step, bool Reciprocal) point) => point.Reciprocal ? 1.0 / point.Step : point.Step;
}
