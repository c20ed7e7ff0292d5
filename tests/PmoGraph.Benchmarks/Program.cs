using System.Globalization;
using System.Text.Json;
using PmoGraph.Benchmarks.Allocation;
using PmoGraph.Benchmarks.Feed;
using PmoGraph.Benchmarks.Floor;
using PmoGraph.Benchmarks.Hosting;
using PmoGraph.Benchmarks.Peer;
using PmoGraph.Benchmarks.Reporting;
using PmoGraph.Benchmarks.Seek;
using PmoGraph.Benchmarks.Workload;
using PmoGraph.Reports.Views;

namespace PmoGraph.Benchmarks;

/// <summary>PmoGraph against the floor (hand-written Dapper) and a typical GraphQL.NET server, on one store, in one run.</summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync("Options: --scale N --seed S --store sqlite|postgres --postgres CONNECTION --db PATH --concurrency C --seconds S --rounds R --warmup S --token JWT --aggregate auto|off --feed auto|off --queries on|off --odata-page-size ROWS --show-sql on|off --environment NAME --port P --seek on|off --seek-postgres CONNECTION --seek-repeats N --alloc-requests N --alloc-only NAME");
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        var cancellationToken = cancellation.Token;

        BenchStore store;
        try
        {
            store = await BenchDatabase.PrepareAsync(options, cancellationToken);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            await Console.Error.WriteLineAsync($"The PostgreSQL store could not be prepared on the --postgres server: {ex.Message}");
            return 2;
        }
        if (options.Seek == "on")
        {
            return await RunSeekAsync(options, store.SqlitePath!, cancellationToken);
        }

        var pmoGraphUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.BasePort}/"));
        var floorUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.BasePort + 1}/"));
        var peerUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.BasePort + 2}/"));
        var staticUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.BasePort + 3}/"));

        var bearer = BearerToken.For(options.Token);
        var token = await bearer.TokenAsync(store, options.Environment, cancellationToken);
        if (options.AllocRequests > 0)
        {
            using var probed = new PmoGraphServer(store, options.BasePort, options.Environment, bearer.SigningKey, options.ODataPageSize, "On");
            probed.StartServer();
            return AllocationProbe.Run(options.BasePort, token, options.AllocRequests, options.Scale, options.AllocOnly);
        }

        using var pmoGraphServer = new PmoGraphServer(store, options.BasePort, options.Environment, bearer.SigningKey, options.ODataPageSize);
        pmoGraphServer.StartServer();
        // The same API with the compiled read path off: what the executor alone costs, measured in the same rounds.
        using var executorServer = options.Executor == "on"
            ? new PmoGraphServer(store, options.BasePort + 4, options.Environment, bearer.SigningKey, options.ODataPageSize, "Off")
            : null;
        executorServer?.StartServer();
        var executorUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.BasePort + 4}/"));
        await using var floorServer = await FloorServer.StartAsync(store, options.BasePort + 1);
        await using var peerServer = await PeerServer.StartAsync(store, options.BasePort + 2);
        await using var staticServer = await StaticServer.StartAsync(options.BasePort + 3);
        await using var databaseCpu = store.IsPostgres ? await PostgresBackendCpu.StartAsync(store, cancellationToken) : null;

        using var pmoGraph = new BenchSystem("a", "PmoGraph", (_, _) => new Uri(pmoGraphUri, "graphql"), pmoGraphServer.SqlStatements, token);
        using var floor = new BenchSystem("b", "floor (Dapper)", (q, _) => new Uri(floorUri, "floor/" + q.Name), floorServer.SqlStatements);
        using var peer = new BenchSystem("c", "peer (GraphQL.NET resolvers)", (_, _) => new Uri(peerUri, "graphql"), peerServer.SqlStatements);
        using var executor = executorServer is null ? null : new BenchSystem("e", "PmoGraph executor (compiled reads off)", (_, _) => new Uri(executorUri, "graphql"), executorServer.SqlStatements, token);
        using var clientBaseline = new BenchSystem(
            "s", "client baseline (static bytes)", (q, v) => new Uri(staticUri, string.Create(CultureInfo.InvariantCulture, $"static/{q.Name}/{v}")), staticServer.SqlStatements);

        Console.WriteLine($"Machine: {Machine.Describe()}; load average {Machine.LoadAverage()} (1, 5, 15 min)");
        Console.WriteLine($"Store: {store.Name}, {store.Description}");
        Console.WriteLine($"Limits lifted on the hosted API: {string.Join(", ", BenchLimits.Settings.Select(s => $"{s.Name}={s.Value}"))}");
        if (options.ODataPageSize is { } oDataPageSize)
        {
            Console.WriteLine($"OData:PageSize on the hosted API: {oDataPageSize}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, scale {options.Scale} projects (seed {options.Seed}), concurrency {options.Concurrency}, {options.Rounds} rounds of {options.RoundSeconds} s per system and query, warm-up {options.WarmupSeconds} s"));

        if (options.Queries != "off" && await RunQueryMixAsync(options, store, executor is null ? [pmoGraph, floor, peer, clientBaseline] : [pmoGraph, floor, peer, clientBaseline, executor], staticServer, databaseCpu, cancellationToken) != 0)
        {
            return 1;
        }

        if (options.Feed != "off" && store.IsPostgres)
        {
            Console.WriteLine("Feed: not measured on PostgreSQL (its plain-read baseline reads the SQLite file); run it with --store sqlite.");
        }
        else if (options.Feed != "off")
        {
            var databasePath = store.SqlitePath!;
            var reportingKey = await ReportingKey.CreateAsync(store, options.Environment, bearer.SigningKey, cancellationToken);
            Console.WriteLine(reportingKey is null ? "Feed: read with the bearer token." : $"Feed: read with the reporting key '{reportingKey.Name}' (X-Api-Key), as Power BI reads it.");
            var feed = await new FeedBenchmark(databasePath, pmoGraphUri, token, reportingKey?.Key).RunAsync(cancellationToken);
            if (reportingKey is not null)
            {
                await reportingKey.RevokeAsync(store, options.Environment, bearer.SigningKey, cancellationToken);
            }

            Console.WriteLine(ResultsTable.Feed(feed));
            Console.WriteLine($"Load average after the feed: {Machine.LoadAverage()}");
        }

        return 0;
    }

    /// <summary>Keyset pages of bi_fact_financials before and after the seek order, on the SQLite store (and PostgreSQL).</summary>
    private static async Task<int> RunSeekAsync(BenchOptions options, string databasePath, CancellationToken cancellationToken)
    {
        var pageSize = options.ODataPageSize ?? 5000;
        var stores = new List<(string Name, SqlDialect Dialect, string ConnectionString, string[] Migrate)>
        {
            ("SQLite", SqlDialect.Sqlite, $"Data Source={databasePath}", ["migrate", "--ConnectionStrings:Pmo", $"Data Source={databasePath}"]),
        };
        if (options.SeekPostgres is { } postgres)
        {
            stores.Add(("PostgreSQL", SqlDialect.Postgres, postgres, ["migrate", "--Database:Provider", "Postgres", "--ConnectionStrings:Pmo", postgres]));
        }

        Console.WriteLine($"Machine: {Machine.Describe()}; load average {Machine.LoadAverage()} (1, 5, 15 min)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, keyset pages of bi_fact_financials, scale {options.Scale} (seed {options.Seed}), {options.SeekRepeats} reads of the first and late page per way"));
        foreach (var (name, dialect, connectionString, migrate) in stores)
        {
            // The store gets today's views (the seek order) if it was seeded before them.
            var signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            if ((await BenchDatabase.RunApiVerbAsync(migrate, redirectOutput: true, cancellationToken, signingKey)).Code != 0)
            {
                await Console.Error.WriteLineAsync($"{name}: the migrate verb failed.");
                return 1;
            }

            var benchmark = new SeekBenchmark(dialect, connectionString, pageSize, options.SeekRepeats);
            var results = await benchmark.RunAsync(cancellationToken);
            Console.WriteLine();
            Console.WriteLine(SeekReport.Table(name, pageSize, results));
            Console.WriteLine($"Plans of a late page on {name}:");
            Console.WriteLine(await benchmark.ExplainLatePagesAsync(cancellationToken));
            Console.WriteLine($"Load average after {name}: {Machine.LoadAverage()}");
        }

        return 0;
    }

    /// <summary>Checks, then times, the query mix; 1 when a system's JSON differs from PmoGraph's.</summary>
    private static async Task<int> RunQueryMixAsync(
        BenchOptions options, BenchStore store, BenchSystem[] systems, StaticServer staticServer, PostgresBackendCpu? databaseCpu, CancellationToken cancellationToken)
    {
        var (pmoGraph, floor, peer, clientBaseline) = (systems[0], systems[1], systems[2], systems[3]);
        var benchmark = new QueryBenchmark(options, pmoGraph, floor, peer, clientBaseline, staticServer, databaseCpu, systems.Length > 4 ? systems[4] : null);
        List<QueryCase> queries = [QueryMix.Page, QueryMix.Nested];
        if (options.Aggregate != "off")
        {
            if (await HasQueryFieldAsync(pmoGraph, "projectsAggregate", cancellationToken))
            {
                queries.Add(QueryMix.Aggregate);
            }
            else
            {
                Console.WriteLine("aggregate: not available (PmoGraph's schema has no projectsAggregate field yet)");
            }
        }

        queries.Add(QueryMix.ById(options.Scale));

        foreach (var query in queries.ToList())
        {
            if (await benchmark.CheckAsync(query, cancellationToken) is { } problem)
            {
                if (query == QueryMix.Aggregate)
                {
                    Console.WriteLine($"aggregate: not available ({problem})");
                    queries.Remove(query);
                    continue;
                }

                await Console.Error.WriteLineAsync($"{query.Name}: the systems do not return the same JSON, so timing them would compare different work. {problem}");
                return 1;
            }

            Console.WriteLine($"{query.Name}: the floor and the peer return PmoGraph's JSON for all {query.Bodies.Count} request bodies.");
        }

        if (options.ShowSql == "on")
        {
            foreach (var query in queries)
            {
                await ShowSqlAsync(pmoGraph, query, cancellationToken);
            }
        }

        await benchmark.RunAsync(queries, cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"Load average after the query mix: {Machine.LoadAverage()}");
        Console.WriteLine(ResultsTable.Queries(queries, systems, benchmark.Results, store.Name));
        return 0;
    }

    private static async Task<bool> HasQueryFieldAsync(BenchSystem pmoGraph, string field, CancellationToken cancellationToken)
    {
        var introspection = new QueryCase("introspection", "query type fields", "{ __type(name: \"Query\") { fields { name } } }", [null]);
        var (status, body) = await pmoGraph.SendAsync(introspection, 0, cancellationToken);
        if (status != 200)
        {
            return false;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Any(f => f.GetProperty("name").GetString() == field);
    }

    /// <summary>Prints the statements one request of <paramref name="query"/> sends to the store, with their durations.</summary>
    private static async Task ShowSqlAsync(BenchSystem pmoGraph, QueryCase query, CancellationToken cancellationToken)
    {
        pmoGraph.SqlStatements.Traced.Clear();
        pmoGraph.SqlStatements.Tracing = true;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await pmoGraph.SendAsync(query, 0, cancellationToken);
        clock.Stop();
        pmoGraph.SqlStatements.Tracing = false;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQL of one {query.Name} request to PmoGraph ({clock.Elapsed.TotalMilliseconds:F1} ms in all):"));
        foreach (var (sql, duration) in pmoGraph.SqlStatements.Traced)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {duration.TotalMilliseconds:F1} ms"));
            Console.WriteLine(sql);
        }

        Console.WriteLine();
    }
}
