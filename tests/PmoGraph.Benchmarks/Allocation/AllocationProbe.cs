using System.Globalization;
using System.Text;
using PmoGraph.Benchmarks.Workload;

namespace PmoGraph.Benchmarks.Allocation;

/// <summary>
/// Bytes the hosted API allocates per request (issue #17's 64 KB target), one request at a time over one kept-alive
/// connection from a client that allocates nothing (<see cref="LoopbackHttpClient"/>): after a warm-up, the process's
/// allocated bytes are read before and after <c>--alloc-requests</c> identical requests. A second pass samples which
/// types the bytes went to (<see cref="AllocationSampler"/>), kept apart so its own events are not counted.
/// </summary>
internal static class AllocationProbe
{
    private const int WarmupRequests = 200;

    public static int Run(int port, string token, int requests, int scale, string? only)
    {
        var byId = QueryMix.ById(scale);
        var cases = new List<(string Name, string Path, string? Bearer, byte[] Body)>
        {
            ("unauthenticated (401)", "/graphql", null, Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""")),
            ("{ __typename }", "/graphql", token, Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""")),
            (QueryMix.Page.Name, "/graphql", token, QueryMix.Page.Bodies[0]),
            (byId.Name, "/graphql", token, byId.Bodies[0]),
            (QueryMix.Nested.Name, "/graphql", token, QueryMix.Nested.Bodies[0]),
            (QueryMix.Aggregate.Name, "/graphql", token, QueryMix.Aggregate.Bodies[0]),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Allocation probe: {requests} sequential requests per query after {WarmupRequests} to warm up; bytes the whole process allocates, per request."));
        Console.WriteLine();
        Console.WriteLine("| request | status | response bytes | KB allocated per request |");
        Console.WriteLine("|---|---:|---:|---:|");
        var samples = new List<(string Name, IReadOnlyList<(string Type, long Bytes)> Types)>();
        foreach (var (name, path, bearer, body) in cases.Where(c => only is null || c.Name == only))
        {
            using var client = new LoopbackHttpClient(port);
            var request = LoopbackHttpClient.Post(port, path, bearer, body);
            var (status, length) = (0, 0);
            for (var i = 0; i < WarmupRequests; i++)
            {
                (status, _, length) = client.Send(request);
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < requests; i++)
            {
                client.Send(request);
            }

            var after = GC.GetTotalAllocatedBytes(precise: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {status} | {length} | {(after - before) / 1024.0 / requests:F1} |"));

            using (var sampler = new AllocationSampler())
            {
                for (var i = 0; i < requests; i++)
                {
                    client.Send(request);
                }

                samples.Add((name, sampler.Top(25)));
            }
        }

        foreach (var (name, types) in samples)
        {
            Console.WriteLine();
            Console.WriteLine($"Sampled allocations of '{name}' by type (GC allocation ticks, about one per 100 KB):");
            foreach (var (type, bytes) in types)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1024.0 / requests,8:F1} KB/request  {type}"));
            }
        }

        return 0;
    }
}
