namespace PmoGraph.Benchmarks.Workload;

/// <summary>What one system did on one query, summed over the rounds.</summary>
internal sealed class Measurement
{
    private readonly List<long> _latencyTicks = [];

    public long Requests { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public long AllocatedBytes { get; private set; }

    public long SqlStatements { get; private set; }

    public long ResponseBytes { get; private set; }

    public long Compilations { get; private set; }

    /// <summary>The whole process's CPU time over the turns (<see cref="Environment.CpuUsage"/>): server, client, GC.</summary>
    public TimeSpan ProcessCpu { get; private set; }

    /// <summary>PostgreSQL's backends' CPU time over the turns; null on SQLite (the store runs in the process) or when not measured.</summary>
    public TimeSpan? DatabaseCpu { get; private set; }

    /// <summary>Backends that ended during a turn, whose CPU in it is lost (see <c>PostgresBackendCpu</c>).</summary>
    public int EndedBackends { get; private set; }

    public void AddCpu(TimeSpan processCpu, (TimeSpan Cpu, int Ended)? database)
    {
        ProcessCpu += processCpu;
        if (database is { } measured)
        {
            DatabaseCpu = (DatabaseCpu ?? TimeSpan.Zero) + measured.Cpu;
            EndedBackends += measured.Ended;
        }
    }

    public void Add(IEnumerable<long> latencyTicks, TimeSpan elapsed, long allocatedBytes, long sqlStatements, long compilations, long responseBytes)
    {
        Compilations += compilations;
        _latencyTicks.AddRange(latencyTicks);
        Requests = _latencyTicks.Count;
        Elapsed += elapsed;
        AllocatedBytes += allocatedBytes;
        SqlStatements += sqlStatements;
        ResponseBytes += responseBytes;
    }

    public double PercentileMilliseconds(double percentile)
    {
        if (_latencyTicks.Count == 0)
        {
            return double.NaN;
        }

        _latencyTicks.Sort();
        var index = (int)Math.Ceiling(percentile / 100 * _latencyTicks.Count) - 1;
        return TimeSpan.FromTicks(_latencyTicks[Math.Clamp(index, 0, _latencyTicks.Count - 1)]).TotalMilliseconds;
    }

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double AllocatedKilobytesPerRequest => AllocatedBytes / 1024.0 / Requests;

    public double SqlStatementsPerRequest => (double)SqlStatements / Requests;

    public double CompilationsPerRequest => (double)Compilations / Requests;

    public double ProcessCpuMillisecondsPerRequest => ProcessCpu.TotalMilliseconds / Requests;

    public double? DatabaseCpuMillisecondsPerRequest => DatabaseCpu?.TotalMilliseconds / Requests;

    public double ResponseKilobytes => ResponseBytes / 1024.0 / Requests;
}
