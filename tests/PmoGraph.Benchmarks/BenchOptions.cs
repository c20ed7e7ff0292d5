using System.Globalization;

namespace PmoGraph.Benchmarks;

/// <summary>What one run measures, from the command line (<c>--name value</c>) and the environment.</summary>
internal sealed record BenchOptions
{
    public int Scale { get; init; } = 1000;

    public int Seed { get; init; } = 20261101;

    public const string SqliteStore = "sqlite";
    public const string PostgresStore = "postgres";

    /// <summary><c>sqlite</c> (a file under <c>data/</c>) or <c>postgres</c> (a database on the <see cref="Postgres"/> server).</summary>
    public string Store { get; init; } = SqliteStore;

    /// <summary>
    /// With <c>--store postgres</c>: a connection string to the server's maintenance database (<c>postgres</c>). The
    /// run seeds its own database there, <c>pmograph_bench_{scale}_{seed}</c>, once, and watches its backends' CPU
    /// from this connection.
    /// </summary>
    public string? Postgres { get; init; }

    /// <summary>The prepared store; seeded once at <see cref="Scale"/> and reused by later runs.</summary>
    public string? DatabasePath { get; init; }

    public int Concurrency { get; init; } = 4;

    /// <summary>Seconds each system runs each query in one round.</summary>
    public double RoundSeconds { get; init; } = 2;

    /// <summary>Rounds per query; the order of the systems rotates every round so machine noise falls on all alike.</summary>
    public int Rounds { get; init; } = 5;

    public double WarmupSeconds { get; init; } = 2;

    /// <summary>Bearer token for PmoGraph's endpoints, once they require one (<c>PMOGRAPH_BENCH_TOKEN</c>).</summary>
    public string? Token { get; init; }

    /// <summary><c>auto</c> measures the aggregate when the schema has it; <c>off</c> skips it.</summary>
    public string Aggregate { get; init; } = "auto";

    /// <summary><c>auto</c> measures the feed when its endpoints answer; <c>off</c> skips it.</summary>
    public string Feed { get; init; } = "auto";

    /// <summary><c>off</c> skips the query mix (a feed-only run).</summary>
    public string Queries { get; init; } = "on";

    /// <summary><c>on</c> also times PmoGraph with its compiled read path off (the executor), in the same rounds.</summary>
    public string Executor { get; init; } = "on";

    /// <summary>The hosted API's <c>OData:PageSize</c>; null keeps the API's own (5000 rows).</summary>
    public int? ODataPageSize { get; init; }

    /// <summary>
    /// <c>on</c> runs only the keyset-paging benchmark of <c>bi_fact_financials</c> (before and after issue #3's seek
    /// order) on the store, and on <see cref="SeekPostgres"/> when given, then stops.
    /// </summary>
    public string Seek { get; init; } = "off";

    /// <summary>A seeded PostgreSQL store (a connection string) the seek benchmark also measures.</summary>
    public string? SeekPostgres { get; init; }

    /// <summary>How many times the seek benchmark reads the first and the late page of each way (the median is kept).</summary>
    public int SeekRepeats { get; init; } = 5;

    /// <summary><c>on</c> prints, before timing, the SQL PmoGraph sends for one request of each query, with durations.</summary>
    public string ShowSql { get; init; } = "off";

    /// <summary>
    /// The hosted API's environment: Development by default, as <c>dotnet run --project api</c> runs, so a token from
    /// the API's development <c>token</c> verb is accepted.
    /// </summary>
    public string Environment { get; init; } = "Development";

    /// <summary>
    /// When positive, only the allocation probe runs: PmoGraph alone, this many sequential requests per query, and the
    /// bytes allocated per request (<see cref="Allocation.AllocationProbe"/>).
    /// </summary>
    public int AllocRequests { get; init; }

    /// <summary>The one request the allocation probe sends (<c>page</c>, <c>byId</c>...), for a trace of it alone; null sends all.</summary>
    public string? AllocOnly { get; init; }

    /// <summary>First of three loopback ports: PmoGraph, the floor, the peer.</summary>
    public int BasePort { get; init; } = 5110;

    public string ResolvedDatabasePath => DatabasePath ?? Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "data",
        string.Create(CultureInfo.InvariantCulture, $"pmograph-bench-{Scale}-{Seed}.db"));

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' pairs; '{args[i]}' is not one.");
            }

            values[args[i][2..]] = args[++i];
        }

        var defaults = new BenchOptions();
        var options = new BenchOptions
        {
            Scale = Int(values, "scale", defaults.Scale),
            Seed = Int(values, "seed", defaults.Seed),
            Store = (values.GetValueOrDefault("store") ?? defaults.Store).ToLowerInvariant(),
            Postgres = values.GetValueOrDefault("postgres") ?? System.Environment.GetEnvironmentVariable("PMOGRAPH_BENCH_POSTGRES"),
            DatabasePath = values.GetValueOrDefault("db"),
            Concurrency = Int(values, "concurrency", defaults.Concurrency),
            RoundSeconds = Double(values, "seconds", defaults.RoundSeconds),
            Rounds = Int(values, "rounds", defaults.Rounds),
            WarmupSeconds = Double(values, "warmup", defaults.WarmupSeconds),
            Token = values.GetValueOrDefault("token") ?? System.Environment.GetEnvironmentVariable("PMOGRAPH_BENCH_TOKEN"),
            Environment = values.GetValueOrDefault("environment") ?? defaults.Environment,
            Aggregate = values.GetValueOrDefault("aggregate") ?? defaults.Aggregate,
            Feed = values.GetValueOrDefault("feed") ?? defaults.Feed,
            ShowSql = values.GetValueOrDefault("show-sql") ?? defaults.ShowSql,
            Queries = values.GetValueOrDefault("queries") ?? defaults.Queries,
            Executor = values.GetValueOrDefault("executor") ?? defaults.Executor,
            Seek = values.GetValueOrDefault("seek") ?? defaults.Seek,
            SeekPostgres = values.GetValueOrDefault("seek-postgres"),
            SeekRepeats = Int(values, "seek-repeats", defaults.SeekRepeats),
            ODataPageSize = values.ContainsKey("odata-page-size") ? Int(values, "odata-page-size", 0) : null,
            BasePort = Int(values, "port", defaults.BasePort),
            AllocRequests = Int(values, "alloc-requests", defaults.AllocRequests),
            AllocOnly = values.GetValueOrDefault("alloc-only"),
        };
        if (options.Scale < 1 || options.Concurrency < 1 || options.Rounds < 1 || options.RoundSeconds <= 0)
        {
            throw new ArgumentException("--scale, --concurrency, --rounds and --seconds must be positive.");
        }

        if (options.Store is not (SqliteStore or PostgresStore))
        {
            throw new ArgumentException($"--store must be '{SqliteStore}' or '{PostgresStore}', not '{options.Store}'.");
        }

        if (options.Store == PostgresStore && string.IsNullOrWhiteSpace(options.Postgres))
        {
            throw new ArgumentException("--store postgres needs --postgres \"Host=...;Port=...;Username=...;Database=postgres\" (or PMOGRAPH_BENCH_POSTGRES).");
        }

        if (options.Store == PostgresStore && (options.DatabasePath is not null || options.Seek == "on"))
        {
            throw new ArgumentException("--db and --seek are SQLite options; the seek benchmark takes PostgreSQL with --seek-postgres.");
        }

        return options;
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static double Double(Dictionary<string, string> values, string name, double fallback) =>
        values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
