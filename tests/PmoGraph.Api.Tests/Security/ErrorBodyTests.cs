using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoGraph.Api.Tests.GraphQL;
using PmoGraph.Api.Tests.Store;
using PmoGraph.Reports;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Graph;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// Every 401, 403 and 500 from <c>/graphql</c>, <c>/odata</c> and <c>/reports</c> has a JSON body with a code; a
/// token without a subject is a 401; a 500's trace id is in the log line of its failure; a replay logs no failure.
/// </summary>
public sealed class ErrorBodyTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>, IDisposable
{
    private const string ForbiddenProbe = "/forbidden-probe";

    private readonly CapturingLoggerProvider _logs = new();
    private readonly List<IDisposable> _hosts = [];

    public static TheoryData<string, string> Unauthenticated => new()
    {
        { "/graphql", "none" }, { "/graphql", "garbage" }, { "/graphql", "no-sub" }, { "/graphql", "empty-sub" },
        { "/odata/Projects", "none" }, { "/odata/Projects", "garbage" }, { "/odata/Projects", "no-sub" }, { "/odata/Projects", "bad-key" },
        { "/reports/bi_fact_evm.csv", "none" }, { "/reports/bi_fact_evm.csv", "garbage" }, { "/reports/bi_fact_evm.csv", "no-sub" }, { "/reports/bi_fact_evm.csv", "bad-key" },
    };

    [Theory]
    [MemberData(nameof(Unauthenticated))]
    public async Task Request_NoValidCredential_Returns401WithACodedBody(string path, string credential)
    {
        var client = credential switch
        {
            "none" or "bad-key" => factory.CreateAnonymousClient(),
            "garbage" => factory.CreateClientWithToken("not-a-token"),
            "no-sub" => factory.CreateClientWithToken(TestTokens.WithoutSubject(factory.SigningKey, PmoRoles.PmoAdmin)),
            _ => factory.CreateClientWithToken(TestTokens.WithoutSubject(factory.SigningKey, PmoRoles.PmoAdmin, subject: string.Empty)),
        };
        if (credential == "bad-key")
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", "pmo_0123456789ab_notakey");
        }

        using var response = path == "/graphql"
            ? await client.PostGraphQLAsync(GraphQLHttp.Request("{ projects(first: 1) { totalCount } }"))
            : await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var (code, message, _) = await ErrorOfAsync(response, path);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", code);
        if (credential is "no-sub" or "empty-sub")
        {
            Assert.Contains("'sub'", message, StringComparison.Ordinal);
        }

        if (credential != "bad-key")
        {
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        }
    }

    [Theory]
    [InlineData("/graphql", false)]
    [InlineData("/odata", false)]
    [InlineData("/reports", false)]
    [InlineData("/odata", true)]
    [InlineData("/reports", true)]
    public async Task Request_ForbiddenBySignInScheme_Returns403WithACodedBody(string prefix, bool reportingKey)
    {
        string? key = null;
        var host = Host(services => services.AddSingleton<IStartupFilter>(new ForbidProbe()));
        if (reportingKey)
        {
            await using var scope = host.Services.CreateAsyncScope();
            key = await scope.ServiceProvider.GetRequiredService<PmoGraph.Api.Security.ReportingKeyStore>().CreateAsync("forbid-probe-" + prefix.Trim('/'), default);
        }

        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.TokenFor(PmoRoles.Viewer, "viewer"));
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = null;
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        using var response = await client.GetAsync(prefix + ForbiddenProbe);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (code, _, _) = await ErrorOfAsync(response, prefix);
        Assert.Equal("AUTH_NOT_AUTHORIZED", code);
    }

    [Theory]
    [InlineData("/odata/bi_dim_project")]
    [InlineData("/odata/bi_fact_evm?$count=true")]
    [InlineData("/reports/bi_fact_evm.csv")]
    [InlineData("/reports/bi_dim_project.json")]
    public async Task Get_ReportStoreFails_Returns500WithACodeAndTheTraceIdOfItsLogLine(string path)
    {
        var faulty = new FaultyReportConnections();
        var client = Host(faulty.Install).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.TokenFor(PmoRoles.PmoAdmin, "admin"));
        faulty.Armed = true;

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FaultyQueryFields.Secret, text, StringComparison.Ordinal);
        var (code, _, traceId) = await ErrorOfAsync(response, path);
        Assert.Equal("INTERNAL_SERVER_ERROR", code);
        Assert.False(string.IsNullOrEmpty(traceId));
        var failure = await _logs.WaitForAsync(e => e.Level >= LogLevel.Error && e.Exception?.Message.Contains(FaultyQueryFields.Secret, StringComparison.Ordinal) == true);
        Assert.Contains(traceId!, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGraphQL_ResolverFails_TheTraceIdReturnedIsInTheLogLineOfTheFailure()
    {
        var client = Host(services => services.AddSingleton<IQueryFields>(new FaultyQueryFields())).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.TokenFor(PmoRoles.PmoAdmin, "admin"));

        var body = await client.QueryAsync("{ boom }");

        var traceId = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        var failure = await _logs.WaitForAsync(e => e.Level >= LogLevel.Error && e.Exception is InvalidOperationException);
        Assert.Contains(traceId!, failure.Message, StringComparison.Ordinal);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGraphQL_ExecutionTimesOut_TheTraceIdReturnedIsInTheLogLineOfTheTimeout()
    {
        using var api = PmoApiFactory.On(TestStores.Sqlite);
        api.Settings["Limits:ExecutionTimeoutSeconds"] = "1";
        var interceptor = new BlockingQueryInterceptor();
        var host = api.WithWebHostBuilder(b => b
            .ConfigureLogging(l => l.AddProvider(_logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug))
            .ConfigureTestServices(services => services.AddSingleton<IInterceptor>(interceptor)));
        _hosts.Add(host);
        var client = host.CreateClient();
        await client.DataAsync("{ projects(first: 1) { nodes { id } } }");
        interceptor.Endless = true;

        var body = await client.QueryAsync("query SlowPage { projects(first: 1) { nodes { id } } }");
        interceptor.Endless = false;

        var error = body.GetProperty("errors")[0];
        Assert.Equal("EXECUTION_TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString());
        var traceId = error.GetProperty("extensions").GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        var line = await _logs.WaitForAsync(e => e.Level >= LogLevel.Error && e.Message.Contains("EXECUTION_TIMEOUT", StringComparison.Ordinal));
        Assert.Contains(traceId!, line.Message, StringComparison.Ordinal);
        Assert.Contains("SlowPage", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_ReplayedWithTheSameIdempotencyKey_LogsNoFailure()
    {
        using var api = new PmoApiFactory();
        var host = api.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(_logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug)));
        _hosts.Add(host);
        var client = host.CreateClient();
        var projects = await client.DataAsync("{ projects(first: 1, where: { stage: { eq: EXECUTING } }) { nodes { id } } }");
        var projectId = projects.GetProperty("projects").GetProperty("nodes")[0].GetProperty("id").GetInt32();
        var body = new
        {
            query = "mutation($input: SubmitChangeRequestInput!) { submitChangeRequest(input: $input) { changeRequest { code } } }",
            variables = new { input = new { projectId, title = "Replayed once", costImpact = 100m, scheduleImpactDays = 1 } },
        };

        var answers = new List<(HttpStatusCode, string, bool)>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "replay-logs-nothing");
            using var response = await client.SendAsync(request);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed")));
        }

        Assert.Equal((HttpStatusCode.OK, false), (answers[0].Item1, answers[0].Item3));
        Assert.Equal((HttpStatusCode.OK, true), (answers[1].Item1, answers[1].Item3));
        Assert.Equal(answers[0].Item2, answers[1].Item2);
        Assert.Contains("CR-", answers[1].Item2, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
    }

    /// <summary>The code, message and trace id of an error body, in the shape of the path's surface.</summary>
    private static async Task<(string? Code, string Message, string? TraceId)> ErrorOfAsync(HttpResponseMessage response, string path)
    {
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType ?? string.Empty, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        if (path.StartsWith("/graphql", StringComparison.Ordinal))
        {
            var error = root.GetProperty("errors")[0];
            var extensions = error.GetProperty("extensions");
            return (extensions.GetProperty("code").GetString(), error.GetProperty("message").GetString()!,
                extensions.TryGetProperty("traceId", out var id) ? id.GetString() : null);
        }

        var odata = root.GetProperty("error");
        return (odata.GetProperty("code").GetString(), odata.GetProperty("message").GetString()!,
            odata.TryGetProperty("traceId", out var traceId) ? traceId.GetString() : null);
    }

    private WebApplicationFactory<Program> Host(Action<IServiceCollection> services)
    {
        var host = factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(_logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug));
            builder.ConfigureTestServices(services);
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>
    /// Answers <c>{prefix}/forbidden-probe</c> by forbidding the caller through the host's sign-in scheme (a bearer
    /// token's, or a reporting key's), as an endpoint refusing a role does; every other request goes on.
    /// </summary>
    private sealed class ForbidProbe : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, rest) =>
            {
                if (http.Request.Path.Value?.EndsWith(ForbiddenProbe, StringComparison.Ordinal) == true)
                {
                    await http.ForbidAsync();
                    return;
                }

                await rest(http);
            });
            next(app);
        };
    }

    /// <summary>Wraps the host's report connections; once armed, opening one fails with a secret in the message.</summary>
    private sealed class FaultyReportConnections
    {
        public volatile bool Armed;

        public void Install(IServiceCollection services)
        {
            var original = services.Last(d => d.ServiceType == typeof(IReportConnectionFactory));
            services.Remove(original);
            services.AddSingleton<IReportConnectionFactory>(sp => new Connections(
                (IReportConnectionFactory)(original.ImplementationFactory?.Invoke(sp) ?? original.ImplementationInstance
                    ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)),
                this));
        }

        private sealed class Connections(IReportConnectionFactory inner, FaultyReportConnections owner) : IReportConnectionFactory
        {
            public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => owner.Armed
                ? throw new InvalidOperationException("Cannot open " + FaultyQueryFields.Secret)
                : inner.OpenAsync(cancellationToken);
        }
    }
}
