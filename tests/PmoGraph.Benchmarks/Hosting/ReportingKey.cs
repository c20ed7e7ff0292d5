using System.Globalization;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// The feed is read as Power BI reads it: with a read-only reporting key (<c>X-Api-Key</c>), created in the bench
/// store with the API's <c>reporting-key create</c> verb for this run and revoked after it.
/// </summary>
internal sealed class ReportingKey
{
    private ReportingKey(string name, string key)
    {
        Name = name;
        Key = key;
    }

    public const string Header = "X-Api-Key";

    public string Name { get; }

    public string Key { get; }

    /// <summary>A new key, or null (with the reason on the console) when the verb could not make one.</summary>
    public static async Task<ReportingKey?> CreateAsync(BenchStore store, string environment, string? signingKey, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bench-{DateTime.UtcNow:yyyyMMddHHmmss}");
        var (code, output) = await BenchDatabase.RunApiVerbAsync(Arguments("create", name, environment), redirectOutput: true, cancellationToken, signingKey, store);
        var key = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (code != 0 || string.IsNullOrEmpty(key) || key.Contains(' ', StringComparison.Ordinal))
        {
            Console.WriteLine($"Feed: no reporting key could be created (exit code {code}); the feed is read with the bearer token.");
            return null;
        }

        return new ReportingKey(name, key);
    }

    public async Task RevokeAsync(BenchStore store, string environment, string? signingKey, CancellationToken cancellationToken) =>
        await BenchDatabase.RunApiVerbAsync(Arguments("revoke", Name, environment), redirectOutput: true, cancellationToken, signingKey, store);

    private static string[] Arguments(string action, string name, string environment) =>
    [
        "reporting-key", action, "--name", name, "--contentRoot", RepositoryPaths.ApiFolder(), "--environment", environment,
    ];
}
