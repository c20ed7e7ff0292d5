using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Mints tokens the way an issuer would, good or deliberately bad, without a running host.</summary>
public static class TestTokens
{
    public const string Issuer = "pmograph";
    public const string Audience = "pmograph-api";

    public static string Create(
        string base64Key,
        string role,
        string subject,
        string issuer = Issuer,
        string audience = Audience,
        DateTime? notBefore = null,
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var start = notBefore ?? now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = start,
            NotBefore = start,
            Expires = expires ?? now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim(PmoRoles.SubjectClaimType, subject), new Claim(PmoRoles.ClaimType, role)]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(base64Key)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A token signed with <paramref name="base64Key"/>, current and for this audience, naming no subject (or <paramref name="subject"/> if given, empty).</summary>
    public static string WithoutSubject(string base64Key, string role, string? subject = null)
    {
        var now = DateTime.UtcNow;
        Claim[] claims = subject is null ? [new Claim(PmoRoles.ClaimType, role)] : [new Claim(PmoRoles.SubjectClaimType, subject), new Claim(PmoRoles.ClaimType, role)];
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(base64Key)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string WithoutSignature(string role, string subject)
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64Url("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64Url($$"""{"iss":"{{Issuer}}","aud":"{{Audience}}","sub":"{{subject}}","role":"{{role}}","nbf":{{now.AddMinutes(-1).ToUnixTimeSeconds()}},"exp":{{now.AddHours(1).ToUnixTimeSeconds()}}}""");
        return header + "." + payload + ".";
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
