using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Security;

/// <summary>
/// Bearer tokens: signature, issuer, audience and lifetime all checked, one algorithm, little clock skew. The keys
/// come from <c>Auth:SigningKeys</c> (all of them, for rotation) or, with <c>Auth:Authority</c>, from its JWKS.
/// </summary>
internal sealed class JwtBearerSetup(IOptions<AuthOptions> auth, SigningKeys keys, IHostEnvironment environment)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public const int MaxClockSkewSeconds = 59;

    /// <summary>Why a signed, current token without a <c>sub</c> claim is refused.</summary>
    public const string NoSubject = "The bearer token names no subject (its 'sub' claim is missing or empty).";

    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var settings = auth.Value;
        options.MapInboundClaims = false;
        options.IncludeErrorDetails = false;
        options.RequireHttpsMetadata = !environment.IsDevelopment();
        if (!string.IsNullOrEmpty(settings.Authority))
        {
            options.Authority = settings.Authority;
        }

        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = string.IsNullOrEmpty(settings.Authority) ? settings.Issuer : null,
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = string.IsNullOrEmpty(settings.Authority) ? keys.Keys : null,
            ValidAlgorithms = [settings.Algorithm],
            ClockSkew = TimeSpan.FromSeconds(Math.Clamp(settings.ClockSkewSeconds, 0, MaxClockSkewSeconds)),
            NameClaimType = PmoRoles.SubjectClaimType,
            RoleClaimType = PmoRoles.ClaimType,
        };
        if (string.IsNullOrEmpty(settings.Authority) && settings.ValidatedTokenCacheEntries > 0)
        {
            // Over fixed keys a token that passed stays valid until it expires; the events below still run every time.
            var validators = options.TokenHandlers.ToList();
            options.TokenHandlers.Clear();
            foreach (var validator in validators)
            {
                options.TokenHandlers.Add(new ValidatedTokenCache(validator, settings.ValidatedTokenCacheEntries));
            }
        }

        options.Events = new JwtBearerEvents
        {
            // Audit, idempotency keys and rate limits are per subject: a token naming no one signs no one in.
            OnTokenValidated = context =>
            {
                if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(PmoRoles.SubjectClaimType)?.Value))
                {
                    context.Fail(NoSubject);
                }

                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.Append(HeaderNames.WWWAuthenticate, JwtBearerDefaults.AuthenticationScheme);
                await ErrorBodies.WriteAsync(
                    context.HttpContext, StatusCodes.Status401Unauthorized, context.AuthenticateFailure?.Message == NoSubject ? NoSubject : null);
            },
            OnForbidden = context => ErrorBodies.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden),
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
