using System.Globalization;
using System.Text;
using PmoGraph.Benchmarks.Feed;
using PmoGraph.Benchmarks.Workload;

namespace PmoGraph.Benchmarks.Reporting;

/// <summary>Prints the figures as Markdown tables, ready for docs/benchmarks.md.</summary>
internal static class ResultsTable
{
    public const double FloorTarget = 1.3;
    public const double PeerTarget = 5;
    public const double FeedTarget = 0.7;

    public static string Queries(IReadOnlyList<QueryCase> queries, IReadOnlyList<BenchSystem> systems, IReadOnlyDictionary<(string, string), Measurement> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| query | system | p50 ms | p95 ms | req/s | KB allocated/req | SQL statements/req | EF compilations/req | KB response |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            foreach (var system in systems)
            {
                var m = results[(query.Name, system.Key)];
                text.AppendLine(Invariant(
                    $"| {query.Name} | {system.Label} | {m.PercentileMilliseconds(50):F2} | {m.PercentileMilliseconds(95):F2} | {m.RequestsPerSecond:F0} | {m.AllocatedKilobytesPerRequest:F1} | {m.SqlStatementsPerRequest:F1} | {m.CompilationsPerRequest:F2} | {m.ResponseKilobytes:F1} |"));
            }
        }

        text.AppendLine();
        text.AppendLine("| query | a/b p50 (PmoGraph / floor) | target <= 1.3 | c/a p50 (peer / PmoGraph) | c/a req/s (PmoGraph / peer) | target c/a >= 5 (nested) |");
        text.AppendLine("|---|---:|---|---:|---:|---|");
        foreach (var query in queries)
        {
            var a = results[(query.Name, "a")];
            var b = results[(query.Name, "b")];
            var c = results[(query.Name, "c")];
            var ab = a.PercentileMilliseconds(50) / b.PercentileMilliseconds(50);
            var ca = c.PercentileMilliseconds(50) / a.PercentileMilliseconds(50);
            var peerTarget = query.Name == "nested" ? (ca >= PeerTarget ? "met" : "MISSED") : "-";
            text.AppendLine(Invariant(
                $"| {query.Name} | {ab:F2} | {(ab <= FloorTarget ? "met" : "MISSED")} | {ca:F2} | {a.RequestsPerSecond / c.RequestsPerSecond:F2} | {peerTarget} |"));
        }

        return text.ToString();
    }

    public static string Feed(IReadOnlyList<FeedResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| read | rows | MB received | seconds | rows/s | vs plain read | target >= 0.7 | peak heap above baseline MB | peak working set MB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|---:|");
        var plain = results[0];
        foreach (var result in results)
        {
            if (result.NotAvailable is not null)
            {
                text.AppendLine($"| {result.Path} | not available ({result.NotAvailable}) | | | | | | | |");
                continue;
            }

            var ratio = plain.NotAvailable is null ? result.RowsPerSecond / plain.RowsPerSecond : double.NaN;
            var target = result == plain || double.IsNaN(ratio) ? "-" : ratio >= FeedTarget ? "met" : "MISSED";
            text.AppendLine(Invariant(
                $"| {result.Path} | {result.Rows} | {result.BytesReceived / 1048576.0:F1} | {result.Elapsed.TotalSeconds:F2} | {result.RowsPerSecond:F0} | {ratio:F2} | {target} | {result.PeakHeapAboveBaselineBytes / 1048576.0:F1} | {result.PeakWorkingSetBytes / 1048576.0:F0} |"));
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
