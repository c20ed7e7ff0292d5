using System.Net;
using System.Text;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// PmoGraph's endpoints may require a bearer token (issue #5). A token given with <c>--token</c> or
/// <c>PMOGRAPH_BENCH_TOKEN</c> is used as is; otherwise, if <c>/graphql</c> answers 401, one is minted with the API's
/// <c>token</c> verb, run from the api folder so it signs with the same development key as the hosted API.
/// </summary>
internal static class BearerToken
{
    public static async Task<string?> ResolveAsync(string? given, Uri pmoGraph, string databasePath, string environment, CancellationToken cancellationToken)
    {
        if (given is not null)
        {
            return given;
        }

        using var client = new HttpClient();
        using var probe = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(pmoGraph, "graphql"), probe, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return null;
        }

        Console.WriteLine("PmoGraph asks for a bearer token; minting one with the API's token verb (role pmo-admin, subject bench).");
        var (code, output) = await BenchDatabase.RunApiVerbAsync(
            [
                "token", "--role", "pmo-admin", "--sub", "bench", "--ConnectionStrings:Pmo", $"Data Source={databasePath}",
                "--contentRoot", RepositoryPaths.ApiFolder(), "--environment", environment,
            ],
            redirectOutput: true,
            cancellationToken);
        var token = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(line => line.Count(c => c == '.') == 2 && !line.Contains(' ', StringComparison.Ordinal));
        return code == 0 && token is not null
            ? token
            : throw new InvalidOperationException(
                "PmoGraph requires a bearer token and none could be minted: pass one with --token or PMOGRAPH_BENCH_TOKEN " +
                "(dotnet run --project api -- token --role pmo-admin --sub bench).");
    }
}
