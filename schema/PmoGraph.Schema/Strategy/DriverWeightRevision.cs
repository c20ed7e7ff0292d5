using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Strategy;

/// <summary>
/// One weighing of the business drivers: AHP over the pairwise judgements in force at <see cref="ComputedAt"/> (the
/// comparison set). A consistent weighing is applied — each driver's stored <see cref="BusinessDriver.Weight"/> comes
/// from it; an inconsistent one (consistency ratio above 0.1) is kept as a record and changes no weight.
/// </summary>
public sealed class DriverWeightRevision : Entity
{
    public DateTime ComputedAt { get; set; }

    /// <summary>The mutation (or <c>seed</c>) whose change of judgements or drivers caused the weighing.</summary>
    public required string Trigger { get; set; }
    public int DriverCount { get; set; }
    public int JudgementCount { get; set; }
    public int MissingJudgements { get; set; }
    public double LambdaMax { get; set; }
    public double ConsistencyRatio { get; set; }

    /// <summary>Whether the drivers' stored weights were replaced by this weighing (it was consistent).</summary>
    public bool IsApplied { get; set; }
}
