using System.Text;

namespace PmoGraph.Api.Tests.Readme;

/// <summary>
/// A <c>curl</c> command of README, read from its words: the URL, <c>-X</c>, <c>-H</c>, <c>-d</c> and <c>-o</c>, and
/// <c>-s</c>/<c>-S</c>/<c>-f</c>/<c>--fail-with-body</c>. Any other option is refused, so an example using one is noticed.
/// </summary>
internal sealed record CurlRequest(HttpMethod Method, Uri Url, IReadOnlyList<(string Name, string Value)> Headers, string? Body, string? OutputFile, bool FailsOnError)
{
    public static CurlRequest Parse(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0 || words[0] != "curl")
        {
            throw new FormatException("Not a curl command: " + string.Join(' ', words));
        }

        string? method = null;
        string? body = null;
        string? output = null;
        Uri? url = null;
        var fails = false;
        var headers = new List<(string, string)>();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            switch (word)
            {
                case "-H" or "--header":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data" or "--data-raw":
                    body = words[++i];
                    break;
                case "-o" or "--output":
                    output = words[++i];
                    break;
                case "-X" or "--request":
                    method = words[++i];
                    break;
                case "--fail" or "--fail-with-body":
                    fails = true;
                    break;
                case "--silent" or "--show-error":
                    break;
                default:
                    if (word.StartsWith("http://", StringComparison.Ordinal) || word.StartsWith("https://", StringComparison.Ordinal))
                    {
                        url = new Uri(word);
                    }
                    else if (word.Length > 1 && word[0] == '-' && word[1] != '-' && word[1..].All(c => c is 's' or 'S' or 'f'))
                    {
                        fails |= word.Contains('f', StringComparison.Ordinal);
                    }
                    else
                    {
                        throw new FormatException($"curl option '{word}' is not understood by the README test; teach {nameof(CurlRequest)} it.");
                    }

                    break;
            }
        }

        return new CurlRequest(
            new HttpMethod(method ?? (body is null ? "GET" : "POST")),
            url ?? throw new FormatException("curl without a URL: " + string.Join(' ', words)),
            headers, body, output, fails);
    }

    /// <summary>The request for a client of the test host: the URL's path and query, the headers and body as given.</summary>
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Url.PathAndQuery);
        string? contentType = null;
        foreach (var (name, value) in Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (Body is not null)
        {
            // curl -d sends application/x-www-form-urlencoded unless told otherwise.
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType ?? "application/x-www-form-urlencoded");
        }

        return message;
    }
}
