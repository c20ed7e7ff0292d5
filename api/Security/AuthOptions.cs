namespace PmoGraph.Api.Security;

/// <summary>JWT sign-in (configuration section <c>Auth</c>).</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string Issuer { get; set; } = "pmograph";

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string Audience { get; set; } = "pmograph-api";

    /// <summary>
    /// The one signing algorithm accepted. <c>HS256</c> with <see cref="SigningKeys"/>; an authority's keys are
    /// asymmetric, so set <c>RS256</c> or <c>ES256</c> with <see cref="Authority"/>.
    /// </summary>
    public string Algorithm { get; set; } = "HS256";

    /// <summary>
    /// Base64 symmetric keys (at least 32 bytes each), all accepted, the first used by the <c>token</c> verb: add the
    /// new key first, wait for the old tokens to expire, then remove the old key.
    /// </summary>
    public List<string> SigningKeys { get; } = [];

    /// <summary>An OpenID Connect authority whose JWKS signs the tokens (production); overrides the keys above.</summary>
    public string? Authority { get; set; }

    /// <summary>How far clocks may disagree; at most a minute.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>
    /// How many validated tokens are remembered, so a client's repeated token is not checked again on every request
    /// until it expires (<see cref="ValidatedTokenCache"/>; fixed signing keys only); 0 checks every request in full.
    /// </summary>
    public int ValidatedTokenCacheEntries { get; set; } = 4096;

    /// <summary>The lifetime of a token minted by the <c>token</c> verb.</summary>
    public int TokenLifetimeMinutes { get; set; } = 60 * 8;

    /// <summary>Where the development key is kept (relative to the content root); never in git.</summary>
    public string DevelopmentKeyPath { get; set; } = "data/keys/dev-signing-key";
}
