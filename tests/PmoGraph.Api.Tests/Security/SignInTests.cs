using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Security;
using PmoGraph.Api.Tests.GraphQL;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Only a token signed with a configured key, for this issuer and audience, and current, signs in.</summary>
public sealed class SignInTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string Query = "{ projects(first: 1) { totalCount } }";

    public static TheoryData<string> BadTokens => ["none", "expired", "wrong-issuer", "wrong-audience", "wrong-key", "alg-none", "garbage", "not-yet-valid"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task PostGraphQL_BadToken_Returns401(string kind)
    {
        var client = kind == "none" ? factory.CreateAnonymousClient() : factory.CreateClientWithToken(BadToken(kind));

        var response = await client.PostGraphQLAsync(GraphQLHttp.Request(Query));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.DoesNotContain("totalCount", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGraphQL_ValidToken_ReadsData()
    {
        var client = factory.CreateClientWithToken(TestTokens.Create(factory.SigningKey, PmoRoles.Analyst, "someone"));

        var data = await client.DataAsync(Query);

        Assert.Equal(60, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task PostGraphQL_TokenSignedWithASecondConfiguredKey_SignsIn()
    {
        var second = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var rotated = new PmoApiFactory();
        rotated.Settings["Auth:SigningKeys:1"] = second;
        var client = rotated.CreateClientWithToken(TestTokens.Create(second, PmoRoles.Analyst, "someone"));

        var data = await client.DataAsync(Query);

        Assert.Equal(60, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TokenIssuer_MintedToken_IsAcceptedByTheHost()
    {
        var token = factory.Services.GetRequiredService<TokenIssuer>().Mint(PmoRoles.Viewer, "cli.user");
        var client = factory.CreateClientWithToken(token);

        var data = await client.DataAsync("{ projects(first: 1) { nodes { code } } }");

        Assert.Equal(1, data.GetProperty("projects").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/odata/Projects")]
    [InlineData("/reports/bi_fact_evm.csv")]
    [InlineData("/anything-else")]
    public async Task Get_Anonymous_Returns401(string path)
    {
        var client = factory.CreateAnonymousClient();

        var response = await client.GetAsync(path + (path == "/graphql" ? "?query=%7B__typename%7D" : string.Empty));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task GetHealth_Anonymous_IsOpen(string path)
    {
        var client = factory.CreateAnonymousClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetGraphiQL_AnonymousBrowser_GetsTheIdePageButNoData()
    {
        var client = factory.CreateAnonymousClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private string BadToken(string kind)
    {
        var now = DateTime.UtcNow;
        return kind switch
        {
            // Two minutes past expiry: beyond the clock skew allowed.
            "expired" => TestTokens.Create(factory.SigningKey, PmoRoles.PmoAdmin, "x", notBefore: now.AddHours(-2), expires: now.AddMinutes(-2)),
            "not-yet-valid" => TestTokens.Create(factory.SigningKey, PmoRoles.PmoAdmin, "x", notBefore: now.AddMinutes(5), expires: now.AddHours(1)),
            "wrong-issuer" => TestTokens.Create(factory.SigningKey, PmoRoles.PmoAdmin, "x", issuer: "someone-else"),
            "wrong-audience" => TestTokens.Create(factory.SigningKey, PmoRoles.PmoAdmin, "x", audience: "another-api"),
            "wrong-key" => TestTokens.Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), PmoRoles.PmoAdmin, "x"),
            "alg-none" => TestTokens.WithoutSignature(PmoRoles.PmoAdmin, "x"),
            _ => "not-a-token",
        };
    }
}
