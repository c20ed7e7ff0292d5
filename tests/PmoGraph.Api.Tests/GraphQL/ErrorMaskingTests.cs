using System.Net;
using GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoGraph.Schema.Graph;

namespace PmoGraph.Api.Tests.GraphQL;

/// <summary>Failures inside the server reach the client as coded GraphQL errors without details, and reach the log with them.</summary>
public sealed class ErrorMaskingTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>, IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly FaultyQueryFields _faulty = new();
    private WebApplicationFactory<Program>? _app;

    [Fact]
    public async Task Post_ResolverThrows_ReturnsPartialDataWithAMaskedErrorAndLogsTheException()
    {
        var client = Host(services => services.AddSingleton<IQueryFields>(_faulty)).CreateClient();

        var response = await client.PostGraphQLAsync(GraphQLHttp.Request("{ boom __typename }"));

        var text = await response.Content.ReadAsStringAsync();
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLHttp.AssertContentType(response, GraphQLHttp.GraphQLResponseJson);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("boom").ValueKind);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("An unexpected error occurred resolving 'boom'.", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("boom", error.GetProperty("path")[0].GetString());
        AssertNoDetails(text);
        var logged = await _logs.WaitForAsync(e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
        Assert.Contains(FaultyQueryFields.Secret, logged.Exception!.Message, StringComparison.Ordinal);
        Assert.Contains("boom", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ServerFaultOutsideGraphQL_Returns500WithoutDetails()
    {
        var client = Host(services => services.AddSingleton<IDocumentExecuter, ThrowingExecuter>()).CreateClient();

        var response = await client.PostGraphQLAsync(GraphQLHttp.Request("{ __typename }"));

        var text = await response.Content.ReadAsStringAsync();
        await response.AssertRequestErrorAsync(HttpStatusCode.InternalServerError, "INTERNAL_SERVER_ERROR", "The server could not process the request.");
        AssertNoDetails(text);
        var logged = await _logs.WaitForAsync(e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
        Assert.Contains(FaultyQueryFields.Secret, logged.Exception!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ClientDisconnects_IsNotLoggedAsAnError()
    {
        var client = Host(services => services.AddSingleton<IQueryFields>(_faulty)).CreateClient();
        using var disconnect = new CancellationTokenSource();

        var sending = client.PostGraphQLAsync(GraphQLHttp.Request("{ hang }"), cancellationToken: disconnect.Token);
        await _faulty.HangStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await disconnect.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await _logs.WaitForAsync(e => e.EventId.Id == 4 && e.Category.EndsWith("GraphQLHttpEndpoint", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    public void Dispose() => _app?.Dispose();

    private WebApplicationFactory<Program> Host(Action<IServiceCollection> services)
    {
        _app = factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(_logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug));
            builder.ConfigureTestServices(services);
        });
        return _app;
    }

    private static void AssertNoDetails(string body)
    {
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("INVALID_OPERATION\"", body, StringComparison.Ordinal);
    }

    private sealed class ThrowingExecuter : IDocumentExecuter
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) =>
            throw new InvalidOperationException("Cannot open " + FaultyQueryFields.Secret);
    }
}
