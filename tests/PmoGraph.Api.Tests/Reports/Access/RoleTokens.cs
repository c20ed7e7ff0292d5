using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Reports.Access;

/// <summary>Tokens the shared <see cref="TestTokens"/> does not mint: a valid signed token that carries no role claim at all.</summary>
internal static class RoleTokens
{
    public static string WithoutRole(string base64Key, string subject)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = TestTokens.Audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim(PmoRoles.SubjectClaimType, subject)]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(base64Key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
