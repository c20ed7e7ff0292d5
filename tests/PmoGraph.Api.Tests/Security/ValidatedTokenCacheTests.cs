using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PmoGraph.Api.Security;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>A remembered token skips the signature check, never the expiry, and never shares its user between requests.</summary>
public sealed class ValidatedTokenCacheTests
{
    private readonly string _key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task ValidateTokenAsync_SameCurrentTokenTwice_ValidatesOnce()
    {
        var validator = new CountingValidator();
        var cache = new ValidatedTokenCache(validator, 16);
        var token = TestTokens.Create(_key, PmoRoles.Analyst, "someone");

        var first = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromSeconds(30)));
        var second = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromSeconds(30)));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, validator.Calls);
        Assert.Equal("someone", second.ClaimsIdentity.FindFirst(PmoRoles.SubjectClaimType)?.Value);
    }

    [Fact]
    public async Task ValidateTokenAsync_RememberedTokenPastItsExpiry_IsValidatedAgainAndRefused()
    {
        var validator = new CountingValidator();
        var cache = new ValidatedTokenCache(validator, 16);
        var now = DateTime.UtcNow;
        var token = TestTokens.Create(_key, PmoRoles.PmoAdmin, "someone", notBefore: now.AddHours(-2), expires: now.AddMinutes(-10));

        // A skew of an hour lets the expired token pass once, so it is remembered; with 30 s it is past its expiry.
        var lenient = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromHours(1)));
        var strict = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromSeconds(30)));

        Assert.True(lenient.IsValid);
        Assert.False(strict.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(strict.Exception);
        Assert.Equal(2, validator.Calls);
    }

    [Fact]
    public async Task ValidateTokenAsync_RememberedToken_EachRequestGetsItsOwnCaseSensitiveIdentity()
    {
        var cache = new ValidatedTokenCache(new CountingValidator(), 16);
        var token = TestTokens.Create(_key, PmoRoles.Viewer, "someone");

        var first = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromSeconds(30)));
        first.ClaimsIdentity.AddClaim(new Claim(PmoRoles.ClaimType, PmoRoles.PmoAdmin));
        var second = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromSeconds(30)));

        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.IsType<CaseSensitiveClaimsIdentity>(second.ClaimsIdentity);
        Assert.Equal([PmoRoles.Viewer], second.ClaimsIdentity.FindAll(PmoRoles.ClaimType).Select(c => c.Value));
        Assert.Null(second.ClaimsIdentity.FindFirst(PmoRoles.ClaimType.ToUpperInvariant()));
    }

    [Fact]
    public async Task ValidateTokenAsync_TokenSignedWithAnotherKey_RefusedEveryTime()
    {
        var validator = new CountingValidator();
        var cache = new ValidatedTokenCache(validator, 16);
        var token = TestTokens.Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), PmoRoles.PmoAdmin, "someone");

        var first = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromSeconds(30)));
        var second = await cache.ValidateTokenAsync(token, Parameters(TimeSpan.FromSeconds(30)));

        Assert.False(first.IsValid);
        Assert.False(second.IsValid);
        Assert.Equal(2, validator.Calls);
    }

    private TokenValidationParameters Parameters(TimeSpan clockSkew) => new()
    {
        ValidIssuer = TestTokens.Issuer,
        ValidAudience = TestTokens.Audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(_key)),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = clockSkew,
        NameClaimType = PmoRoles.SubjectClaimType,
        RoleClaimType = PmoRoles.ClaimType,
    };

    private sealed class CountingValidator : TokenHandler
    {
        private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return _handler.ValidateTokenAsync(token, validationParameters);
        }
    }
}
