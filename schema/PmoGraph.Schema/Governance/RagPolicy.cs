using PmoGraph.Schema.Evm;

namespace PmoGraph.Schema.Governance;

/// <summary>
/// The RAG thresholds per metric (data: <see cref="RagThreshold"/> rows), applied to earned-value measures. A metric
/// at or above its green threshold is green, at or above its amber threshold amber, below it red, and grey when it
/// has no value. A project's overall RAG is the worst of its metrics, grey when it has no baseline.
/// </summary>
public sealed class RagPolicy
{
    /// <summary>The metrics the earned-value measures can be judged on, by the name a threshold row uses.</summary>
    public static readonly IReadOnlyDictionary<string, Func<EarnedValueMeasures, decimal?>> Metrics =
        new Dictionary<string, Func<EarnedValueMeasures, decimal?>>(StringComparer.OrdinalIgnoreCase)
        {
            ["SPI"] = m => m.SchedulePerformanceIndex,
            ["CPI"] = m => m.CostPerformanceIndex,
            ["SPI_T"] = m => m.SchedulePerformanceIndexTime,
        };

    private readonly Dictionary<string, RagThreshold> _thresholds;

    public RagPolicy(IEnumerable<RagThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        _thresholds = thresholds.Where(t => Metrics.ContainsKey(t.Metric))
            .ToDictionary(t => t.Metric, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>DESIGN.md's defaults (SPI and CPI: green from 0.95, amber from 0.90), used where no row is stored.</summary>
    public static RagPolicy Default { get; } = new(
    [
        new RagThreshold { Metric = "SPI", GreenFrom = 0.95m, AmberFrom = 0.90m },
        new RagThreshold { Metric = "CPI", GreenFrom = 0.95m, AmberFrom = 0.90m },
    ]);

    /// <summary>The thresholds in force, by metric name.</summary>
    public IReadOnlyCollection<RagThreshold> Thresholds => _thresholds.Values;

    /// <summary>The RAG of one value against one threshold.</summary>
    public static Rag Judge(decimal? value, RagThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        return value switch
        {
            null => Rag.Grey,
            { } v when v >= threshold.GreenFrom => Rag.Green,
            { } v when v >= threshold.AmberFrom => Rag.Amber,
            _ => Rag.Red,
        };
    }

    /// <summary>The worst RAG of the measured metrics; grey without a baseline or when no metric has a value.</summary>
    public Rag Judge(EarnedValueMeasures measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return measures.HasBaseline
            ? Rollup(_thresholds.Values.Select(t => Judge(Metrics[t.Metric](measures), t)))
            : Rag.Grey;
    }

    /// <summary>Red if any is red, else amber if any is amber, else green if any is green, else grey.</summary>
    public static Rag Rollup(IEnumerable<Rag> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var worst = Rag.Grey;
        foreach (var status in statuses)
        {
            if (status > worst)
            {
                worst = status;
            }
        }

        return worst;
    }
}
