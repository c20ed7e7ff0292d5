using System.Net.Http.Headers;
using PmoGraph.Benchmarks.Hosting;

namespace PmoGraph.Benchmarks.Workload;

/// <summary>One of the systems compared: where its queries go over loopback and how its SQL is counted.</summary>
internal sealed class BenchSystem(string key, string label, Func<QueryCase, int, Uri> endpoint, SqlStatementCounter sqlStatements, string? bearerToken = null)
    : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    public string Key { get; } = key;

    public string Label { get; } = label;

    public SqlStatementCounter SqlStatements { get; } = sqlStatements;

    public HttpClient Client => _client;

    public string? BearerToken { get; set; } = bearerToken;

    public HttpRequestMessage Request(QueryCase query, int variant)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint(query, variant % query.Bodies.Count))
        {
            Content = new ByteArrayContent(query.Bodies[variant % query.Bodies.Count]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (BearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        }

        return request;
    }

    /// <summary>Sends one request and returns the whole response body, for the correctness check.</summary>
    public async Task<(int Status, string Body)> SendAsync(QueryCase query, int variant, CancellationToken cancellationToken)
    {
        using var request = Request(query, variant);
        using var response = await _client.SendAsync(request, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public void Dispose() => _client.Dispose();
}
