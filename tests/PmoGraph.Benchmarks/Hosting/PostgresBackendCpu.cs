using System.Globalization;
using Dapper;
using Npgsql;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// PostgreSQL's CPU for the bench database: the backends serving it (client backends and parallel workers, from
/// <c>pg_stat_activity</c>, watched from a connection to another database so the watching is not counted) and each
/// one's time on a CPU from <c>/proc/{pid}/schedstat</c> (nanoseconds; a backend is one thread). A turn's figure is
/// the sum of the deltas between two snapshots; a backend that started during the turn counts in full, one that
/// ended during it is lost (with pooled connections none should; <see cref="Between"/> reports how many did).
/// </summary>
internal sealed class PostgresBackendCpu : IAsyncDisposable
{
    private readonly NpgsqlConnection _monitor;
    private readonly string _database;

    private PostgresBackendCpu(NpgsqlConnection monitor, string database)
    {
        _monitor = monitor;
        _database = database;
    }

    /// <summary>A watcher, or null (with the reason printed) when the server's processes are not on this machine.</summary>
    public static async Task<PostgresBackendCpu?> StartAsync(BenchStore store, CancellationToken cancellationToken)
    {
        var monitor = new NpgsqlConnection(store.MonitorConnectionString);
        await monitor.OpenAsync(cancellationToken);
        var pid = await monitor.ExecuteScalarAsync<int>(new CommandDefinition("SELECT pg_backend_pid()", cancellationToken: cancellationToken));
        if (CpuNanoseconds(pid) is null || !IsPostgres(pid))
        {
            Console.WriteLine($"PostgreSQL CPU: not measured (backend {pid} is not a process of this machine).");
            await monitor.DisposeAsync();
            return null;
        }

        return new PostgresBackendCpu(monitor, store.PostgresDatabase!);
    }

    public async Task<IReadOnlyDictionary<int, long>> SnapshotAsync(CancellationToken cancellationToken)
    {
        var pids = await _monitor.QueryAsync<int>(new CommandDefinition(
            "SELECT pid FROM pg_stat_activity WHERE datname = @database AND backend_type IN ('client backend', 'parallel worker')",
            new { database = _database }, cancellationToken: cancellationToken));
        var snapshot = new Dictionary<int, long>();
        foreach (var pid in pids)
        {
            if (CpuNanoseconds(pid) is { } nanoseconds)
            {
                snapshot[pid] = nanoseconds;
            }
        }

        return snapshot;
    }

    /// <summary>The backends' CPU between two snapshots, and how many backends of the first are gone in the second.</summary>
    public static (TimeSpan Cpu, int Ended) Between(IReadOnlyDictionary<int, long> before, IReadOnlyDictionary<int, long> after)
    {
        long nanoseconds = 0;
        foreach (var (pid, now) in after)
        {
            nanoseconds += now - before.GetValueOrDefault(pid);
        }

        return (TimeSpan.FromTicks(nanoseconds / 100), before.Keys.Count(pid => !after.ContainsKey(pid)));
    }

    private static long? CpuNanoseconds(int pid)
    {
        try
        {
            var fields = File.ReadAllText($"/proc/{pid}/schedstat").Split(' ', 2);
            return long.Parse(fields[0], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static bool IsPostgres(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").StartsWith("postgres", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _monitor.DisposeAsync();
}
