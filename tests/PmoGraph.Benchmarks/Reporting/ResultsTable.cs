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

    public const double AllocationTarget = 64;

    /// <summary>The queries whose allocations issue #17 bounds.</summary>
    private static readonly string[] AllocationTargetQueries = ["page", "byId"];

    /// <summary>
    /// The summary (p50s, ratios, CPU and allocations per request, net of the client baseline <c>s</c>), the targets of
    /// issue #17, and the detail per system with the raw process figures the net ones come from.
    /// </summary>
    public static string Queries(
        IReadOnlyList<QueryCase> queries, IReadOnlyList<BenchSystem> systems, IReadOnlyDictionary<(string, string), Measurement> results, string storeName)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{storeName}: p50 latency; CPU ms/request as server + database (server: the process's CPU less the client baseline's; database: PostgreSQL's backends, or 'in' when the store runs in the process); KB allocated/request less the client baseline's."));
        text.AppendLine();
        text.AppendLine("| query | PmoGraph p50 ms | floor p50 ms | peer p50 ms | PmoGraph / floor | peer / PmoGraph | CPU ms/req PmoGraph | CPU floor | CPU peer | KB/req PmoGraph | KB floor | KB peer |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            var (a, b, c, s) = (results[(query.Name, "a")], results[(query.Name, "b")], results[(query.Name, "c")], results[(query.Name, "s")]);
            text.AppendLine(Invariant(
                $"| {query.Name} | {a.PercentileMilliseconds(50):F2} | {b.PercentileMilliseconds(50):F2} | {c.PercentileMilliseconds(50):F2} | {FloorRatio(a, b):F2} | {PeerRatio(a, c):F2} | {Cpu(a, s)} | {Cpu(b, s)} | {Cpu(c, s)} | {NetKilobytes(a, s):F1} | {NetKilobytes(b, s):F1} | {NetKilobytes(c, s):F1} |"));
        }

        text.AppendLine();
        text.AppendLine("| target (issue #17) | query | measured | met |");
        text.AppendLine("|---|---|---:|---|");
        foreach (var query in queries)
        {
            var ratio = FloorRatio(results[(query.Name, "a")], results[(query.Name, "b")]);
            text.AppendLine(Invariant($"| PmoGraph / floor <= {FloorTarget} at p50 | {query.Name} | {ratio:F2} | {(ratio <= FloorTarget ? "met" : "MISSED")} |"));
        }

        foreach (var query in queries.Where(q => AllocationTargetQueries.Contains(q.Name)))
        {
            var kilobytes = NetKilobytes(results[(query.Name, "a")], results[(query.Name, "s")]);
            text.AppendLine(Invariant($"| <= {AllocationTarget} KB allocated/request | {query.Name} | {kilobytes:F1} | {(kilobytes <= AllocationTarget ? "met" : "MISSED")} |"));
        }

        foreach (var query in queries.Where(q => q.Name == "nested"))
        {
            var ratio = PeerRatio(results[(query.Name, "a")], results[(query.Name, "c")]);
            text.AppendLine(Invariant($"| peer / PmoGraph >= {PeerTarget} at p50 | {query.Name} | {ratio:F2} | {(ratio >= PeerTarget ? "met" : "MISSED")} |"));
        }

        if (systems.Any(x => x.Key == "e"))
        {
            text.AppendLine();
            text.AppendLine("| query | PmoGraph p50 ms (compiled path) | executor p50 ms | executor / compiled | CPU ms/req compiled | CPU executor | KB/req compiled | KB executor |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var query in queries)
            {
                var (a, e, s) = (results[(query.Name, "a")], results[(query.Name, "e")], results[(query.Name, "s")]);
                text.AppendLine(Invariant(
                    $"| {query.Name} | {a.PercentileMilliseconds(50):F2} | {e.PercentileMilliseconds(50):F2} | {e.PercentileMilliseconds(50) / a.PercentileMilliseconds(50):F2} | {Cpu(a, s)} | {Cpu(e, s)} | {NetKilobytes(a, s):F1} | {NetKilobytes(e, s):F1} |"));
            }
        }

        text.AppendLine();
        text.AppendLine("| query | system | p50 ms | p95 ms | req/s | process CPU ms/req | database CPU ms/req | KB allocated/req (process) | SQL statements/req | EF compilations/req | KB response |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            foreach (var system in systems)
            {
                var m = results[(query.Name, system.Key)];
                var database = m.DatabaseCpuMillisecondsPerRequest is { } db ? Invariant($"{db:F3}") : "-";
                text.AppendLine(Invariant(
                    $"| {query.Name} | {system.Label} | {m.PercentileMilliseconds(50):F2} | {m.PercentileMilliseconds(95):F2} | {m.RequestsPerSecond:F0} | {m.ProcessCpuMillisecondsPerRequest:F3} | {database} | {m.AllocatedKilobytesPerRequest:F1} | {m.SqlStatementsPerRequest:F1} | {m.CompilationsPerRequest:F2} | {m.ResponseKilobytes:F1} |"));
                if (m.EndedBackends > 0)
                {
                    text.AppendLine(Invariant($"| | (PostgreSQL backends that ended during {system.Label}'s turns, their CPU not counted: {m.EndedBackends}) | | | | | | | | | |"));
                }
            }
        }

        return text.ToString();
    }

    private static double FloorRatio(Measurement a, Measurement b) => a.PercentileMilliseconds(50) / b.PercentileMilliseconds(50);

    private static double PeerRatio(Measurement a, Measurement c) => c.PercentileMilliseconds(50) / a.PercentileMilliseconds(50);

    private static double NetKilobytes(Measurement system, Measurement baseline) =>
        system.AllocatedKilobytesPerRequest - baseline.AllocatedKilobytesPerRequest;

    private static string Cpu(Measurement system, Measurement baseline)
    {
        var server = system.ProcessCpuMillisecondsPerRequest - baseline.ProcessCpuMillisecondsPerRequest;
        return system.DatabaseCpuMillisecondsPerRequest is { } database ? Invariant($"{server:F2} + {database:F2}") : Invariant($"{server:F2} + in");
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
