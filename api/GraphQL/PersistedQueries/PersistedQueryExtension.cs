using GraphQL;

namespace PmoGraph.Api.GraphQL.PersistedQueries;

/// <summary>
/// Reads Apollo's <c>extensions.persistedQuery</c> (<c>{ "version": 1, "sha256Hash": "..." }</c>) from a request. The
/// hash is 64 hexadecimal digits, compared without regard to case; anything else is a coded error.
/// </summary>
internal static class PersistedQueryExtension
{
    public const string Name = "persistedQuery";

    /// <summary>The requested hash (lower case), none when the request has no <c>persistedQuery</c>, or why it is malformed.</summary>
    public static (string? Hash, ExecutionError? Error) Read(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(Name, out var value) || value is null)
        {
            return (null, null);
        }

        if (value is not IDictionary<string, object?> fields)
        {
            return (null, Invalid("'extensions.persistedQuery' must be an object with 'version' and 'sha256Hash'."));
        }

        if (!fields.TryGetValue("version", out var version) || !IsOne(version))
        {
            return (null, Invalid("'extensions.persistedQuery.version' must be 1, the only version supported."));
        }

        if (!fields.TryGetValue("sha256Hash", out var hash) || hash is not string text || !IsSha256Hex(text))
        {
            return (null, Invalid("'extensions.persistedQuery.sha256Hash' must be a SHA-256 hash: 64 hexadecimal digits."));
        }

        return (text.ToLowerInvariant(), null);
    }

    public static bool IsSha256Hex(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigit);

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1,
        double d => d == 1,
        System.Numerics.BigInteger b => b.IsOne,
        _ => false,
    };

    private static ExecutionError Invalid(string message) => new(message) { Code = PersistedQueryErrorCodes.Invalid };
}
