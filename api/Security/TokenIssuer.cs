using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Security;

/// <summary>Mints tokens with the first configured (or the development) key: the <c>token</c> verb and tests use it.</summary>
internal sealed class TokenIssuer(IOptions<AuthOptions> options, SigningKeys keys, TimeProvider clock)
{
    public string Mint(string role, string subject, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (keys.Keys.Count == 0)
        {
            throw new ConfigurationProblemException("Tokens are signed by Auth:Authority; get one from it.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var auth = options.Value;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(auth.TokenLifetimeMinutes)),
            Subject = new ClaimsIdentity([new Claim(PmoRoles.SubjectClaimType, subject), new Claim(PmoRoles.ClaimType, role)]),
            SigningCredentials = new SigningCredentials(keys.Keys[0], SecurityAlgorithms.HmacSha256),
        });
    }
}
