using System.Text;
using System.Text.Json;
using PmoGraph.Benchmarks.Hosting;

namespace PmoGraph.Benchmarks.Workload;

/// <summary>
/// The query mix on the three systems: a correctness check of every request body first (the floor and the peer must
/// return PmoGraph's JSON), a warm-up, then rounds in which the systems take turns in a rotating order. The client
/// baseline (<see cref="StaticServer"/>, PmoGraph's recorded bytes) takes its turn in the same rotation, so the
/// client's cost it measures is taken under the same conditions as the systems'.
/// </summary>
internal sealed class QueryBenchmark(
    BenchOptions options, BenchSystem pmoGraph, BenchSystem floor, BenchSystem peer, BenchSystem clientBaseline, StaticServer staticServer, PostgresBackendCpu? database,
    BenchSystem? executor = null)
{
    // The executor (PmoGraph with GraphQL:CompiledReads:Mode=Off) takes its turn too when measured.
    private readonly BenchSystem[] _systems = executor is null ? [pmoGraph, floor, peer, clientBaseline] : [pmoGraph, floor, peer, clientBaseline, executor];

    public Dictionary<(string Query, string System), Measurement> Results { get; } = [];

    /// <summary>Checks that the three systems answer each body of <paramref name="query"/> with the same JSON.</summary>
    public async Task<string?> CheckAsync(QueryCase query, CancellationToken cancellationToken)
    {
        for (var variant = 0; variant < query.Bodies.Count; variant++)
        {
            var (status, expected) = await pmoGraph.SendAsync(query, variant, cancellationToken);
            if (status != 200 || HasErrors(expected))
            {
                return $"PmoGraph answered {status}: {Shorten(expected)}";
            }

            staticServer.Register(query.Name, variant, Encoding.UTF8.GetBytes(expected));

            foreach (var other in new[] { floor, peer })
            {
                var (otherStatus, actual) = await other.SendAsync(query, variant, cancellationToken);
                if (otherStatus != 200 || HasErrors(actual))
                {
                    return $"{other.Label} answered {otherStatus}: {Shorten(actual)}";
                }

                if (JsonComparer.FirstDifference(expected, actual) is { } difference)
                {
                    return $"{other.Label} differs from PmoGraph at {difference}";
                }
            }
        }

        return null;
    }

    public async Task RunAsync(IReadOnlyList<QueryCase> queries, CancellationToken cancellationToken)
    {
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        foreach (var query in queries)
        {
            foreach (var system in _systems)
            {
                await LoadRunner.RunAsync(system, query, options.Concurrency, warmup, into: null, database: null, cancellationToken);
            }
        }

        var round = TimeSpan.FromSeconds(options.RoundSeconds);
        for (var r = 0; r < options.Rounds; r++)
        {
            Console.Error.Write($"\rMeasuring: round {r + 1} of {options.Rounds}   ");
            foreach (var query in queries)
            {
                for (var s = 0; s < _systems.Length; s++)
                {
                    var system = _systems[(s + r) % _systems.Length];
                    if (!Results.TryGetValue((query.Name, system.Key), out var measurement))
                    {
                        Results[(query.Name, system.Key)] = measurement = new Measurement();
                    }

                    // Each system starts from a collected heap, so one's garbage is not another's pause.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    await LoadRunner.RunAsync(system, query, options.Concurrency, round, measurement, database, cancellationToken);
                }
            }
        }

        Console.Error.WriteLine();
    }

    private static bool HasErrors(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind != JsonValueKind.Object || document.RootElement.TryGetProperty("errors", out _);
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
