using System.Collections.Concurrent;
using System.Text.Json;

namespace PmoGraph.Api.Tests.GraphQL.Ide.Browser;

/// <summary>What a page asked for and got, and what it threw, from the DevTools events of one session.</summary>
internal sealed class BrowserTraffic(Uri origin)
{
    private readonly ConcurrentDictionary<string, (string Method, string Url)> _requests = new();
    private readonly ConcurrentQueue<(string Method, string Url)> _sent = new();
    private readonly ConcurrentQueue<(string Method, string Url, int Status)> _answered = new();
    private readonly ConcurrentQueue<string> _failed = new();
    private readonly ConcurrentQueue<string> _exceptions = new();
    private readonly ConcurrentQueue<string> _authorizations = new();

    public IReadOnlyCollection<string> Exceptions => _exceptions;

    /// <summary>The statuses of the answers to requests to <c>/graphql</c>, in order.</summary>
    public IReadOnlyList<int> GraphQLStatuses() =>
        [.. _answered.Where(a => a.Url == new Uri(origin, GraphQLHttp.Endpoint).ToString()).Select(a => a.Status)];

    public void Record(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Network.requestWillBeSent":
                var request = (parameters.GetProperty("request").GetProperty("method").GetString()!, parameters.GetProperty("request").GetProperty("url").GetString()!);
                _requests[parameters.GetProperty("requestId").GetString()!] = request;
                _sent.Enqueue(request);
                if (parameters.GetProperty("request").GetProperty("headers").TryGetProperty("Authorization", out var authorization))
                {
                    _authorizations.Enqueue(Describe(authorization.GetString()!));
                }

                break;
            case "Network.responseReceived":
                var response = parameters.GetProperty("response");
                var sent = _requests.TryGetValue(parameters.GetProperty("requestId").GetString()!, out var r) ? r.Method : "?";
                _answered.Enqueue((sent, response.GetProperty("url").GetString()!, response.GetProperty("status").GetInt32()));
                break;
            case "Network.loadingFailed" when !(parameters.TryGetProperty("canceled", out var canceled) && canceled.GetBoolean()):
                var failed = _requests.TryGetValue(parameters.GetProperty("requestId").GetString()!, out var f) ? f.Url : "?";
                _failed.Enqueue($"{failed}: {parameters.GetProperty("errorText").GetString()}");
                break;
            case "Runtime.exceptionThrown":
                var details = parameters.GetProperty("exceptionDetails");
                _exceptions.Enqueue(details.TryGetProperty("exception", out var exception) && exception.TryGetProperty("description", out var description)
                    ? description.GetString()!
                    : details.GetProperty("text").GetString()!);
                break;
            default:
                break;
        }
    }

    /// <summary>The Authorization headers the page sent, described without their secrets, in order.</summary>
    public IReadOnlyList<string> AuthorizationsSent() => [.. _authorizations];

    /// <summary>Every request the page made went to the API's loopback address (or was inline data).</summary>
    public void AssertStayedOnLoopback()
    {
        var away = _sent.Select(s => new Uri(s.Url))
            .Where(u => u.Scheme is not ("data" or "blob") && !(u.IsLoopback && u.Authority == origin.Authority))
            .ToList();
        Assert.True(away.Count == 0, $"The page asked for what is not on {origin}: {string.Join(", ", away)}");
        Assert.NotEmpty(_sent);
    }

    /// <summary>Every file the page loaded came (no failed load) and every GET was answered with success.</summary>
    public void AssertEveryFileLoaded(IEnumerable<string> expectedPaths)
    {
        Assert.True(_failed.IsEmpty, $"Loads failed: {string.Join(", ", _failed)}");
        var gets = _answered.Where(a => a.Method == "GET").ToList();
        Assert.All(gets, g => Assert.True(g.Status < 400, $"GET {g.Url} answered {g.Status}"));
        Assert.All(expectedPaths, p => Assert.Contains(gets, g => new Uri(g.Url).AbsolutePath == p));
    }

    // Enough to tell a placeholder from a JWT in a failure's message, without the token itself.
    private static string Describe(string authorization) =>
        authorization.Split(' ', 2) is [var scheme, var credentials]
            ? $"{scheme} with {credentials.Split('.').Length} dot-separated parts, {credentials.Length} characters"
            : "no scheme";
}
