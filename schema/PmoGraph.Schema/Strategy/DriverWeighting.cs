namespace PmoGraph.Schema.Strategy;

/// <summary>
/// The active drivers' weights from the stored pairwise judgements. A pair never judged counts as equal (1), and is
/// counted in <see cref="MissingJudgements"/> so the EPMO sees the weights rest on fewer judgements than they should.
/// </summary>
public sealed record DriverWeighting(IReadOnlyList<DriverWeight> Drivers, AhpResult Ahp, int MissingJudgements)
{
    public double WeightOf(int driverId) => Drivers.FirstOrDefault(d => d.Driver.Id == driverId)?.Weight ?? 0;
}
