using Microsoft.IdentityModel.Tokens;

namespace PmoGraph.Api.Security;

/// <summary>The symmetric keys tokens are signed and checked with: configured ones, or the development key.</summary>
internal sealed class SigningKeys
{
    public const int MinimumKeyBytes = 32;

    public SigningKeys(AuthOptions options, IHostEnvironment environment)
    {
        var encoded = options.SigningKeys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (encoded.Count == 0 && string.IsNullOrEmpty(options.Authority))
        {
            if (!environment.IsDevelopment())
            {
                throw new ConfigurationProblemException(
                    "No way to check tokens is configured: set Auth:Authority (an OpenID Connect issuer) or Auth:SigningKeys (base64 keys of 32 bytes or more).");
            }

            encoded.Add(DevelopmentSigningKey.LoadOrCreate(Path.Combine(environment.ContentRootPath, options.DevelopmentKeyPath)));
            IsDevelopmentKey = true;
        }

        Keys = [.. encoded.Select((k, i) => Decode(k, i))];
    }

    public IReadOnlyList<SymmetricSecurityKey> Keys { get; }

    /// <summary>The key was generated on this machine for development.</summary>
    public bool IsDevelopmentKey { get; }

    private static SymmetricSecurityKey Decode(string encoded, int index)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded.Trim());
        }
        catch (FormatException)
        {
            throw new ConfigurationProblemException($"Auth:SigningKeys:{index} is not base64.");
        }

        if (bytes.Length < MinimumKeyBytes)
        {
            throw new ConfigurationProblemException($"Auth:SigningKeys:{index} is {bytes.Length} bytes; HS256 keys must be at least {MinimumKeyBytes}.");
        }

        // The key id lets a token name its key, so rotation does not try every key.
        return new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16] };
    }
}
