using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Security;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Reporting keys: read-only, on /odata and /reports only, kept as hashes, header or api_key parameter.</summary>
public sealed class ReportingKeyTests : IDisposable
{
    private readonly PmoApiFactory _api = new();

    [Fact]
    public async Task Get_ValidKeyInHeaderOrQuery_PassesSignIn()
    {
        var key = await CreateKeyAsync("powerbi");
        var client = _api.CreateAnonymousClient();
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, "/odata/Projects");
        withHeader.Headers.Add("X-Api-Key", key);

        var header = await client.SendAsync(withHeader);
        var query = await client.GetAsync("/reports/bi_fact_evm.csv?api_key=" + Uri.EscapeDataString(key));
        var none = await client.GetAsync("/odata/Projects");

        // Signed in: whatever /odata and /reports answer (they are served by another module), it is not 401.
        Assert.NotEqual(HttpStatusCode.Unauthorized, header.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, query.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task Key_OnGraphQL_OrWithPost_OrWrongOrRevoked_Returns401()
    {
        var key = await CreateKeyAsync("powerbi");
        var revoked = await CreateKeyAsync("old");
        await using (var scope = _api.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ReportingKeyStore>().RevokeAsync("old", default));
        }

        var client = _api.CreateAnonymousClient();
        using var graphql = new HttpRequestMessage(HttpMethod.Post, "/graphql?api_key=" + key) { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
        graphql.Headers.Add("X-Api-Key", key);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/reports/bi_fact_evm.csv") { Content = new StringContent("x") };
        post.Headers.Add("X-Api-Key", key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(graphql)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(post)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/odata/Projects?api_key=" + key[..^2] + "xx")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/odata/Projects?api_key=" + revoked)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/odata/Projects?api_key=garbage")).StatusCode);
    }

    [Fact]
    public async Task CreateKey_StoresOnlyItsHash()
    {
        var key = await CreateKeyAsync("powerbi");

        var row = await _api.ReadAsync(db => db.Set<ReportingKey>().SingleAsync(k => k.Name == "powerbi"));

        var secret = key.Split('_', 3)[2];
        Assert.StartsWith("pmo_" + row.KeyId + "_", key, StringComparison.Ordinal);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(secret)), row.SecretHash);
        Assert.True(secret.Length >= 43);
    }

    public void Dispose() => _api.Dispose();

    private async Task<string> CreateKeyAsync(string name)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingKeyStore>().CreateAsync(name, default);
    }
}
