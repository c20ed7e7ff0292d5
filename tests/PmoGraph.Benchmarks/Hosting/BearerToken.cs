using System.Security.Cryptography;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// Every PmoGraph endpoint needs a signed-in caller. A token given with <c>--token</c> or <c>PMOGRAPH_BENCH_TOKEN</c>
/// is used as is, and the hosted API keeps its own keys (in Development, the key in <c>api/data/keys</c> that
/// <c>dotnet run --project api -- token</c> signs with). Otherwise the run makes a signing key of its own, gives it to
/// the hosted API (<c>Auth:SigningKeys:0</c>) and mints a pmo-admin token with the API's <c>token</c> verb under it.
/// The key lives in memory for the run only.
/// </summary>
internal sealed class BearerToken
{
    private BearerToken(string? signingKey, string? given)
    {
        SigningKey = signingKey;
        Given = given;
    }

    /// <summary>The run's own key, or null when a token was given.</summary>
    public string? SigningKey { get; }

    private string? Given { get; }

    public static BearerToken For(string? given) =>
        given is not null ? new BearerToken(null, given) : new BearerToken(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), null);

    public async Task<string> TokenAsync(BenchStore store, string environment, CancellationToken cancellationToken)
    {
        if (Given is not null)
        {
            return Given;
        }

        var (code, output) = await BenchDatabase.RunApiVerbAsync(
            [
                "token", "--role", "pmo-admin", "--sub", "bench", "--contentRoot", RepositoryPaths.ApiFolder(), "--environment", environment,
            ],
            redirectOutput: true,
            cancellationToken,
            SigningKey,
            store);
        var token = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(line => line.Count(c => c == '.') == 2 && !line.Contains(' ', StringComparison.Ordinal));
        return code == 0 && token is not null
            ? token
            : throw new InvalidOperationException(
                "PmoGraph requires a bearer token and none could be minted: pass one with --token or PMOGRAPH_BENCH_TOKEN " +
                "(dotnet run --project api -- token --role pmo-admin --sub bench).");
    }
}
