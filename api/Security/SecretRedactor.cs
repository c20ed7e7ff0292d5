using System.Text.RegularExpressions;

namespace PmoGraph.Api.Security;

/// <summary>Blanks out what must never reach a log: bearer tokens, JWTs anywhere, and reporting keys (header or <c>api_key</c>).</summary>
internal static partial class SecretRedactor
{
    public const string Redacted = "[REDACTED]";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        text = ApiKeyParameter().Replace(text, "$1" + Redacted);
        text = BearerCredential().Replace(text, "$1" + Redacted);
        text = JsonWebToken().Replace(text, Redacted);
        return ReportingKey().Replace(text, ReportingKeyStore.Prefix + Redacted);
    }

    [GeneratedRegex(@"(api_key(?:=|%3D))[^&\s""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiKeyParameter();

    // A credential, not a word: token68 characters with a digit, a capital or a symbol among them, or 16 letters and
    // more ("Bearer was not authenticated" names the scheme; "Bearer 3f9a...", "Bearer eyJ..." carry a token).
    [GeneratedRegex(@"((?i:Bearer)\s+)(?=[A-Za-z0-9\-_\.+/~]*[A-Z0-9\-_\.+/~]|[a-z]{16})[A-Za-z0-9\-_\.+/~]+=*", RegexOptions.CultureInvariant)]
    private static partial Regex BearerCredential();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*\.?[A-Za-z0-9_\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"pmo_[0-9a-f]{12}_[A-Za-z0-9_\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingKey();
}
