using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Schema.Common;

namespace PmoGraph.Api.Security;

/// <summary>
/// Remembers the bearer tokens that passed every check, by their exact text, so a client that sends the same token
/// on every request has its signature, issuer and audience checked once rather than on every request. A remembered
/// token is refused again once it expires (counted with the clock skew, as the validator counts it) and then goes back
/// to the validator, which refuses it. Installed only over fixed signing keys: an authority can withdraw a key from
/// its JWKS, and then every token must be checked against the keys it publishes now. Each request gets an identity of
/// its own, built from the remembered claims, so nothing one request does to its user reaches another's.
/// </summary>
internal sealed class ValidatedTokenCache(TokenHandler validator, int maxEntries) : TokenHandler
{
    private readonly BoundedLru<string, TokenValidationResult> _validated = new(maxEntries, long.MaxValue);

    public override int MaximumTokenSizeInBytes
    {
        get => validator.MaximumTokenSizeInBytes;
        set => validator.MaximumTokenSizeInBytes = value;
    }

    public override SecurityToken ReadToken(string token) => validator.ReadToken(token);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        if (_validated.TryGet(token, out var known) && Current(known.SecurityToken, validationParameters))
        {
            return Copy(known);
        }

        var result = await validator.ValidateTokenAsync(token, validationParameters).ConfigureAwait(false);
        if (result is { IsValid: true, SecurityToken: not null, ClaimsIdentity: { Actor: null, BootstrapContext: null } })
        {
            // A copy is remembered: the result returned now is this request's to change.
            _validated.Add(token, Copy(result), token.Length);
        }

        return result;
    }

    // As Validators.ValidateLifetime: expired once its expiry lies further in the past than the clock skew allows.
    private static bool Current(SecurityToken token, TokenValidationParameters parameters) =>
        parameters.ValidateLifetime && token.ValidTo != DateTime.MinValue && token.ValidTo >= DateTime.UtcNow - parameters.ClockSkew;

    private static TokenValidationResult Copy(TokenValidationResult valid) => new()
    {
        IsValid = true,
        SecurityToken = valid.SecurityToken,
        ClaimsIdentity = Copy(valid.ClaimsIdentity),
        Issuer = valid.Issuer,
        TokenType = valid.TokenType,
    };

    // The same kind of identity the validator made (claim lookups stay case-sensitive); the token itself is on the result.
    private static ClaimsIdentity Copy(ClaimsIdentity identity) => identity is CaseSensitiveClaimsIdentity
        ? new CaseSensitiveClaimsIdentity(identity.Claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType)
        : new ClaimsIdentity(identity.Claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
}
