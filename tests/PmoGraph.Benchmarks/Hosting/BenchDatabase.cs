using System.Diagnostics;
using System.Globalization;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// The store every system reads: seeded once at the chosen scale with the API's own <c>seed</c> verb, then reused.
/// A marker file written after a successful seed tells a finished store from an interrupted one.
/// </summary>
internal static class BenchDatabase
{
    public static async Task<string> PrepareAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.ResolvedDatabasePath);
        var marker = path + ".seeded";
        if (File.Exists(path) && File.Exists(marker))
        {
            Console.WriteLine($"Store: {path} (seeded earlier at scale {options.Scale}).");
            return path;
        }

        if (options.DatabasePath is not null && File.Exists(path))
        {
            // A store named with --db is the caller's: read it as it is, never delete or reseed it.
            Console.WriteLine($"Store: {path} (given with --db; used as it is).");
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(stale);
        }

        Console.WriteLine($"Store: seeding {path} at scale {options.Scale} (once; later runs reuse it).");
        var started = Stopwatch.StartNew();
        var exitCode = await RunApiVerbAsync(
            ["seed", "--scale", Invariant(options.Scale), "--seed", Invariant(options.Seed), "--ConnectionStrings:Pmo", $"Data Source={path}"],
            redirectOutput: false,
            cancellationToken,
            signingKey: Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        if (exitCode.Code != 0)
        {
            throw new InvalidOperationException($"The seed verb failed with exit code {exitCode.Code}.");
        }

        await File.WriteAllTextAsync(marker, Invariant(options.Scale), cancellationToken);
        Console.WriteLine($"Store: seeded in {started.Elapsed.TotalSeconds:F0} s.");
        return path;
    }

    /// <summary>
    /// Runs <c>PmoGraph.Api.dll VERB ...</c> (copied next to the harness) and returns its exit code and output;
    /// <paramref name="signingKey"/> becomes its <c>Auth:SigningKeys:0</c>.
    /// </summary>
    public static async Task<(int Code, string Output)> RunApiVerbAsync(
        string[] arguments, bool redirectOutput, CancellationToken cancellationToken, string? signingKey = null)
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
