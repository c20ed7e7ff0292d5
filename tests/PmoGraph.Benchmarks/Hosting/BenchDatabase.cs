using System.Diagnostics;
using System.Globalization;
using Dapper;
using Npgsql;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// The store every system reads: seeded once at the chosen scale and seed with the API's own <c>seed</c> verb, then
/// reused. On SQLite a marker file written after a successful seed tells a finished store from an interrupted one; on
/// PostgreSQL the database (named after the scale and seed) carries that marker as its comment.
/// </summary>
internal static class BenchDatabase
{
    public static Task<BenchStore> PrepareAsync(BenchOptions options, CancellationToken cancellationToken) =>
        options.Store == BenchOptions.PostgresStore
            ? PreparePostgresAsync(options, cancellationToken)
            : PrepareSqliteAsync(options, cancellationToken);

    private static async Task<BenchStore> PrepareSqliteAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.ResolvedDatabasePath);
        var store = BenchStore.Sqlite(path);
        var marker = path + ".seeded";
        if (File.Exists(path) && File.Exists(marker))
        {
            Console.WriteLine($"Store: {path} (seeded earlier at scale {options.Scale}).");
            return store;
        }

        if (options.DatabasePath is not null && File.Exists(path))
        {
            // A store named with --db is the caller's: read it as it is, never delete or reseed it.
            Console.WriteLine($"Store: {path} (given with --db; used as it is).");
            return store;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(stale);
        }

        Console.WriteLine($"Store: seeding {path} at scale {options.Scale} (once; later runs reuse it).");
        await SeedAsync(options, store, cancellationToken);
        await File.WriteAllTextAsync(marker, Invariant(options.Scale), cancellationToken);
        return store;
    }

    private static async Task<BenchStore> PreparePostgresAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var database = string.Create(CultureInfo.InvariantCulture, $"pmograph_bench_{options.Scale}_{options.Seed}");
        var store = BenchStore.Postgres(options.Postgres!, database);
        var complete = string.Create(CultureInfo.InvariantCulture, $"PmoGraph benchmark store: seed --scale {options.Scale} --seed {options.Seed}, complete");
        await using (var server = new NpgsqlConnection(options.Postgres))
        {
            await server.OpenAsync(cancellationToken);
            var found = await server.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT COALESCE(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = @database",
                new { database }, cancellationToken: cancellationToken));
            if (found == complete)
            {
                Console.WriteLine($"Store: {store.Description} (seeded earlier at scale {options.Scale}).");
                return store;
            }

            if (found is not null)
            {
                // The name is ours (scale and seed); a database without the marker is an interrupted seed.
                Console.WriteLine($"Store: {store.Description} exists without its seeded marker; dropping it to seed again.");
                await server.ExecuteAsync(new CommandDefinition($"DROP DATABASE \"{database}\" WITH (FORCE)", cancellationToken: cancellationToken));
            }

            // The API takes its startup lock in the database before it migrates, so the database must exist first.
            await server.ExecuteAsync(new CommandDefinition($"CREATE DATABASE \"{database}\"", cancellationToken: cancellationToken));
        }

        // The seed verb migrates the new database and loads the portfolio.
        Console.WriteLine($"Store: seeding {store.Description} at scale {options.Scale} (once; later runs reuse it).");
        await SeedAsync(options, store, cancellationToken);
        await using (var seeded = new NpgsqlConnection(store.ConnectionString))
        {
            await seeded.OpenAsync(cancellationToken);

            // Fresh statistics, as a store in service has them, before any system plans a query on it.
            await seeded.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE", commandTimeout: 0, cancellationToken: cancellationToken));
            await seeded.ExecuteAsync(new CommandDefinition($"COMMENT ON DATABASE \"{database}\" IS '{complete}'", cancellationToken: cancellationToken));
        }

        return store;
    }

    private static async Task SeedAsync(BenchOptions options, BenchStore store, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var exitCode = await RunApiVerbAsync(
            ["seed", "--scale", Invariant(options.Scale), "--seed", Invariant(options.Seed)],
            redirectOutput: false,
            cancellationToken,
            signingKey: Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            store);
        if (exitCode.Code != 0)
        {
            throw new InvalidOperationException($"The seed verb failed with exit code {exitCode.Code}.");
        }

        Console.WriteLine($"Store: seeded in {started.Elapsed.TotalSeconds:F0} s.");
    }

    /// <summary>
    /// Runs <c>PmoGraph.Api.dll VERB ...</c> (copied next to the harness) and returns its exit code and output;
    /// <paramref name="signingKey"/> becomes its <c>Auth:SigningKeys:0</c>, and <paramref name="store"/> its store.
    /// </summary>
    public static async Task<(int Code, string Output)> RunApiVerbAsync(
        string[] arguments, bool redirectOutput, CancellationToken cancellationToken, string? signingKey = null, BenchStore? store = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = redirectOutput,
            UseShellExecute = false,
        };
        if (signingKey is not null)
        {
            // In the environment, not on the command line other users of the machine can read.
            start.Environment["Auth__SigningKeys__0"] = signingKey;
        }

        foreach (var (name, value) in store?.ApiEnvironment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PmoGraph.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API's CLI.");
        var output = redirectOutput ? await process.StandardOutput.ReadToEndAsync(cancellationToken) : string.Empty;
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, output);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
