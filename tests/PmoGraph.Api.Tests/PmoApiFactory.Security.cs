using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests;

/// <summary>
/// Sign-in for tests: a signing key made for this factory (never a committed secret), a default client signed in
/// as pmo-admin, and clients for any role and subject, anonymous, or with a raw token.
/// </summary>
public sealed partial class PmoApiFactory
{
    /// <summary>The subject of the default client's pmo-admin token.</summary>
    public const string AdminSubject = "test.admin";

    /// <summary>This factory's signing key, base64; tests mint their own bad tokens with it or without it.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A token signed with this host's key (minted here, so no host is started for it).</summary>
    public string TokenFor(string role, string subject) => TestTokens.Create(SigningKey, role, subject);

    /// <summary>A client signed in as <paramref name="subject"/> with <paramref name="role"/>.</summary>
    public HttpClient CreateClientFor(string role, string subject) => CreateClientWithToken(TokenFor(role, subject));

    /// <summary>A client sending <paramref name="token"/> as its bearer token, whatever it is.</summary>
    public HttpClient CreateClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(PmoRoles.PmoAdmin, AdminSubject));
    }

    private void ConfigureSecurity(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:SigningKeys:0", SigningKey);

        // Generous limits, so tests of other features never trip them; the limit tests set their own.
        builder.UseSetting("Limits:RateLimitPermits", "100000");
    }
}
