using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoGraph.Api.Security;
using PmoGraph.Api.Tests.GraphQL;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>With every category logging at Trace, no log line holds a token or a reporting key.</summary>
public sealed class SecretLoggingTests : IDisposable
{
    private readonly PmoApiFactory _api = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly WebApplicationFactory<Program> _host;

    public SecretLoggingTests()
    {
        _api.Settings["Logging:LogLevel:Default"] = "Trace";
        _api.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        _host = _api.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(_logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace)));
    }

    [Fact]
    public async Task Requests_WithTokensAndKeys_LeaveNoSecretInTheLogs()
    {
        string key;
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            key = await scope.ServiceProvider.GetRequiredService<ReportingKeyStore>().CreateAsync("powerbi", default);
        }

        var token = _api.TokenFor(PmoRoles.Analyst, "logged.user");
        var badToken = TestTokens.Create(Convert.ToBase64String(new byte[32]), PmoRoles.PmoAdmin, "forger");
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await client.DataAsync("{ __typename }");
        await client.GetAsync("/graphql?query=%7B__typename%7D&api_key=" + key);
        client.DefaultRequestHeaders.Authorization = new("Bearer", badToken);
        await client.PostGraphQLAsync(GraphQLHttp.Request("{ __typename }"));
        client.DefaultRequestHeaders.Authorization = null;
        await client.GetAsync("/odata/Projects?api_key=" + key);
        await client.GetAsync("/reports/x.csv?$top=1&api_key=" + Uri.EscapeDataString(key) + "&x=1");
        using var header = new HttpRequestMessage(HttpMethod.Get, "/odata/Projects");
        header.Headers.Add("X-Api-Key", key);
        await client.SendAsync(header);

        var lines = _logs.Entries.Select(e => e.Message + " " + e.Exception).ToList();
        Assert.Contains(lines, l => l.Contains("api_key=[REDACTED]", StringComparison.Ordinal));
        var secret = key.Split('_', 3)[2];
        foreach (var line in lines)
        {
            Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.')[2], line, StringComparison.Ordinal);
            Assert.DoesNotContain(badToken.Split('.')[2], line, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.')[1], line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("GET /odata?api_key=pmo_0123456789ab_SECRETSECRET&$top=1", "GET /odata?api_key=[REDACTED]&$top=1")]
    [InlineData("Authorization: Bearer abc.def.ghi", "Authorization: Bearer [REDACTED]")]
    [InlineData("token eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0. seen", "token [REDACTED] seen")]
    [InlineData("key pmo_0123456789ab_SECRETSECRET used", "key pmo_[REDACTED] used")]
    [InlineData("Authorization: Bearer 3f9a0c1d2e3f4a5b6c7d", "Authorization: Bearer [REDACTED]")]
    [InlineData("authorization: bearer abcdefghijklmnopqrstuvwxyz", "authorization: bearer [REDACTED]")]
    [InlineData("AuthenticationScheme: Bearer was not authenticated.", "AuthenticationScheme: Bearer was not authenticated.")]
    [InlineData("Bearer was authenticated", "Bearer was authenticated")]
    [InlineData("Successfully validated the token; scheme Bearer and the policy agree", "Successfully validated the token; scheme Bearer and the policy agree")]
    public void Redact_Secrets_AreBlanked(string text, string expected) => Assert.Equal(expected, SecretRedactor.Redact(text));

    public void Dispose()
    {
        _host.Dispose();
        _api.Dispose();
    }
}
