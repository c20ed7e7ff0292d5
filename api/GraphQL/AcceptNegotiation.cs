using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// Picks the response media type from the <c>Accept</c> header (RFC 9110 §12.5.1): each candidate takes the
/// quality of the most specific range that matches it, the highest quality wins, then the more specific match,
/// then <c>application/graphql-response+json</c>.
/// </summary>
internal static class AcceptNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>The media type to answer in, or <see langword="null"/> when the client accepts neither (406).</summary>
    public static string? ResponseMediaType(StringValues accept)
    {
        if (!TryParse(accept, out var ranges))
        {
            // No header (or one we cannot read): since 2025 the spec's default is application/graphql-response+json.
            return GraphQLResponseJson;
        }

        var modern = Match(ranges, GraphQLResponseJson);
        var legacy = Match(ranges, Json);
        if (modern.Quality <= 0 && legacy.Quality <= 0)
        {
            return null;
        }

        var legacyWins = legacy.Quality > modern.Quality
            || (legacy.Quality == modern.Quality && legacy.Specificity > modern.Specificity);
        return legacyWins ? Json : GraphQLResponseJson;
    }

    /// <summary>A browser navigating to the endpoint: <c>text/html</c> named explicitly and ranked at least as high as JSON.</summary>
    public static bool PrefersHtml(StringValues accept)
    {
        if (!TryParse(accept, out var ranges))
        {
            return false;
        }

        var html = Match(ranges, Html);
        if (html is not { Quality: > 0, Specificity: 2 })
        {
            return false;
        }

        var modern = Match(ranges, GraphQLResponseJson);
        var legacy = Match(ranges, Json);
        return html.Quality >= Math.Max(modern.Quality, legacy.Quality);
    }

    private static bool TryParse(StringValues accept, out IList<MediaTypeHeaderValue> ranges)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var parsed)
            || parsed.Count == 0)
        {
            ranges = [];
            return false;
        }

        ranges = parsed;
        return true;
    }

    private static Preference Match(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType.AsSpan(0, slash);
        var best = new Preference(0, -1);
        foreach (var range in ranges)
        {
            var specificity = range.Type.Equals("*", StringComparison.Ordinal) ? 0
                : !range.Type.AsSpan().Equals(type, StringComparison.OrdinalIgnoreCase) ? -1
                : range.SubType.Equals("*", StringComparison.Ordinal) ? 1
                : range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            if (specificity > best.Specificity)
            {
                best = new Preference(range.Quality ?? 1, specificity);
            }
        }

        return best;
    }

    /// <summary>How much the client wants a media type, and how specifically it said so (0 <c>*/*</c>, 1 <c>type/*</c>, 2 exact).</summary>
    private readonly record struct Preference(double Quality, int Specificity);
}
