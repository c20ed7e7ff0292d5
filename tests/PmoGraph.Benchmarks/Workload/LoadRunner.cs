using System.Diagnostics;
using PmoGraph.Benchmarks.Hosting;

namespace PmoGraph.Benchmarks.Workload;

/// <summary>
/// Closed-loop load: a fixed number of workers send requests back to back for a fixed time. Allocations and CPU time
/// are the whole process's (server and loopback client alike; the client's share is measured on its own against
/// <c>StaticServer</c>), PostgreSQL's CPU that of the bench database's backends, and SQL statements (and EF Core
/// query compilations) the system's own counters, over the window.
/// </summary>
internal static class LoadRunner
{
    public static async Task RunAsync(
        BenchSystem system, QueryCase query, int concurrency, TimeSpan duration, Measurement? into, PostgresBackendCpu? database, CancellationToken cancellationToken)
    {
        var databaseBefore = database is null ? null : await database.SnapshotAsync(cancellationToken);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var sqlBefore = system.SqlStatements.Count;
        var compilationsBefore = system.SqlStatements.Compilations;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency)
            .Select(worker => WorkerAsync(system, query, worker, clock, duration, cancellationToken))
            .ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        (TimeSpan, int)? databaseCpu = databaseBefore is null ? null : PostgresBackendCpu.Between(databaseBefore, await database!.SnapshotAsync(cancellationToken));
        into?.AddCpu(cpu, databaseCpu);
        into?.Add(results.SelectMany(r => r.Latencies), elapsed, allocated, system.SqlStatements.Count - sqlBefore, system.SqlStatements.Compilations - compilationsBefore, results.Sum(r => r.Bytes));
    }

    private static async Task<(List<long> Latencies, long Bytes)> WorkerAsync(
        BenchSystem system, QueryCase query, int worker, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<long>(4096);
        var buffer = new byte[16 * 1024];
        long bytes = 0;
        for (var i = worker; clock.Elapsed < duration; i += 7)
        {
            var started = Stopwatch.GetTimestamp();
            using (var request = system.Request(query, i))
            using (var response = await system.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
            {
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    bytes += read;
                }
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).Ticks);
        }

        return (latencies, bytes);
    }
}
