using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Tests.GraphQL;
using PmoGraph.Api.Tests.Store;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Each limit accepts the request at it and refuses the one just past it, with a code.</summary>
public sealed class LimitTests : IDisposable
{
    private readonly PmoApiFactory _api = new();
    private readonly BlockingQueryInterceptor _interceptor = new();
    private WebApplicationFactory<Program>? _host;

    public LimitTests()
    {
        _api.Settings["Limits:MaxDepth"] = "4";
        _api.Settings["Limits:MaxCost"] = "62";
        _api.Settings["Limits:MaxAliases"] = "3";
        _api.Settings["Limits:MaxRootFields"] = "3";
        _api.Settings["Cors:AllowedOrigins:0"] = "https://pmo.example.com";
    }

    [Fact]
    public async Task Depth_AtTheLimit_Accepted_PastIt_Refused()
    {
        var client = _api.CreateClient();

        await client.DataAsync("{ project(id: 1) { program { portfolio { id } } } }");
        var past = await client.QueryAsync("{ project(id: 1) { program { portfolio { programs { nodes { id } } } } } }");

        Assert.Equal(["QUERY_TOO_COMPLEX"], past.ErrorCodes());
    }

    [Fact]
    public async Task Cost_AtTheLimit_Accepted_PastIt_Refused()
    {
        var client = _api.CreateClient();

        // projects (1) + nodes (1) + 20 rows x (id + code + name) (60) = 62; 21 rows cost 65.
        await client.DataAsync("{ projects(first: 20) { nodes { id code name } } }");
        var past = await client.QueryAsync("{ projects(first: 21) { nodes { id code name } } }");
        var defaultPage = await client.QueryAsync("{ projects { nodes { id code name } } project(id: 1) { milestones { nodes { id code: name } } } }");

        Assert.Equal(["QUERY_TOO_COMPLEX"], past.ErrorCodes());
        Assert.False(defaultPage.TryGetProperty("errors", out _), defaultPage.ToString());
    }

    [Fact]
    public async Task Aliases_AtTheLimit_Accepted_PastIt_Refused()
    {
        var client = _api.CreateClient();

        await client.DataAsync("{ a: __typename b: __typename c: __typename }");
        var past = await client.QueryAsync("{ a: __typename b: __typename c: __typename d: __typename }");

        Assert.Contains("MAX_ALIASES_EXCEEDED", past.ErrorCodes());
    }

    [Fact]
    public async Task RootFields_AtTheLimit_Accepted_PastIt_Refused()
    {
        var client = _api.CreateClient();

        await client.DataAsync("{ __typename projects(first: 1) { totalCount } portfolios(first: 1) { totalCount } }");
        var past = await client.QueryAsync("{ __typename projects(first: 1) { totalCount } portfolios(first: 1) { totalCount } risks(first: 1) { totalCount } }");

        Assert.Equal(["MAX_ROOT_FIELDS_EXCEEDED"], past.ErrorCodes());
    }

    [Fact]
    public async Task Timeout_SlowQuery_CancelsTheDatabaseCommandAndReturnsACodedError()
    {
        // Long enough for a loaded test machine to reach the database; the blocked command then waits for the timeout.
        // The same query runs once unblocked first, so compilation and the connection pool are warm when the clock runs.
        _api.Settings["Limits:ExecutionTimeoutSeconds"] = "10";
        var client = Host().CreateClient();
        await client.DataAsync("{ projects(first: 1) { nodes { id } } }");
        _interceptor.Block = true;

        var response = await client.QueryAsync("{ projects(first: 1) { nodes { id } } }");

        Assert.True(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Contains("EXECUTION_TIMEOUT", response.ErrorCodes());
        await _interceptor.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Timeout_SqliteStatementStillStepping_IsInterruptedAndTheConnectionIsFree()
    {
        // SQLite runs "async" commands synchronously and ignores Cancel(): without an interrupt this statement steps for
        // hours past the timeout (issue 16, finding 10). The store is SQLite whatever the run's provider.
        using var api = PmoApiFactory.On(TestStores.Sqlite);
        api.Settings["Limits:ExecutionTimeoutSeconds"] = "2";
        var interceptor = new BlockingQueryInterceptor();
        using var host = api.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(interceptor)));
        var client = host.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(3); // on a server that cannot interrupt SQLite, the answer never comes
        await client.DataAsync("{ projects(first: 1) { nodes { id } } }");
        interceptor.Endless = true;

        var response = await client.QueryAsync("{ projects(first: 1) { nodes { id } } }");
        interceptor.Endless = false;
        var stopped = await interceptor.EndlessStopped.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var after = await client.DataAsync("{ projects(first: 1) { nodes { id } } }");

        // SQLite steps synchronously on the request's thread: the answer exists only because the statement returned.
        Assert.Equal(["EXECUTION_TIMEOUT"], response.ErrorCodes());
        Assert.True(stopped > TimeSpan.Zero);
        Assert.Equal(1, after.GetProperty("projects").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task DatabaseError_IsMaskedWithACodeAndATraceId()
    {
        var client = Host().CreateClient();
        _interceptor.Fail = true;

        var response = await client.PostGraphQLAsync(GraphQLHttp.Request("{ projects(first: 1) { nodes { id name } } }"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SQLITE-SECRET-DETAIL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SELECT", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("traceId").GetString()));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Post_NonJsonContentType_IsRefusedSoNoFormCanPostAMutation(string contentType)
    {
        var client = _api.CreateClient();
        var body = new StringContent("""{"query":"mutation { createPortfolio(input: { code: \"CSRF\", name: \"Forged\" }) { errors { __typename } } }"}""", Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var check = await client.DataAsync("{ portfolios(where: { code: { eq: \"CSRF\" } }) { totalCount } }");
        Assert.Equal(0, check.GetProperty("portfolios").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Cors_ListedOrigin_IsAllowed_OtherOrigin_IsNot()
    {
        var client = _api.CreateAnonymousClient();

        var listed = await client.SendAsync(Preflight("https://pmo.example.com"));
        var other = await client.SendAsync(Preflight("https://evil.example.net"));

        Assert.Equal("https://pmo.example.com", Assert.Single(listed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task RateLimit_AtTheLimit_Accepted_PastIt_429WithRetryAfter_PerSubject()
    {
        using var api = new PmoApiFactory();
        api.Settings["Limits:RateLimitPermits"] = "3";
        api.Settings["Limits:RateLimitWindowSeconds"] = "3600";
        var alice = api.CreateClientFor(PmoRoles.Analyst, "alice");
        var bob = api.CreateClientFor(PmoRoles.Analyst, "bob");

        for (var i = 0; i < 3; i++)
        {
            await alice.DataAsync("{ __typename }");
        }

        var refused = await alice.PostGraphQLAsync(GraphQLHttp.Request("{ __typename }"));
        await bob.DataAsync("{ __typename }");
        var health = await api.CreateAnonymousClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Production_IntrospectionAndSuggestions_AreOff()
    {
        var production = _api.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = production.CreateClient();

        var introspection = await client.QueryAsync("{ __schema { queryType { name } } }");
        var typo = await client.QueryAsync("{ projets { totalCount } }");
        var development = await _api.CreateClient().QueryAsync("{ __schema { queryType { name } } projets { totalCount } }");

        Assert.Contains("INTROSPECTION_DISABLED", introspection.ErrorCodes());
        Assert.DoesNotContain("Did you mean", typo.ToString(), StringComparison.Ordinal);
        Assert.Contains("Did you mean", development.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("INTROSPECTION_DISABLED", development.ErrorCodes());
    }

    public void Dispose()
    {
        _host?.Dispose();
        _api.Dispose();
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private WebApplicationFactory<Program> Host()
    {
        _host = _api.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(_interceptor)));
        return _host;
    }
}
