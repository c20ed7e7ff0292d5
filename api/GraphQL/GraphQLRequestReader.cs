using System.Buffers;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// Turns a GET query string or a POST body into a <see cref="GraphQLHttpRequest"/>, refusing what is not one:
/// a body that is not <c>application/json</c> in UTF-8 (415), larger than the limit (413), not JSON or not a
/// request object (400).
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLTransportOptions> options)
{
    private const int ChunkSize = 16 * 1024;

    public RequestReadResult ReadGet(HttpRequest request) => RequestParameters.FromQueryString(request.Query, serializer);

    public async Task<RequestReadResult> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (UnsupportedContentType(request.ContentType) is { } unsupported)
        {
            return unsupported;
        }

        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return TransportError.TooLarge(limit);
        }

        // Let the server stop a chunked body at the limit too; the loop below enforces it where the server cannot.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        // The body is read into a pooled buffer and parsed from there: nothing of it outlives the parse (the query
        // and variables are copied out of the JSON), so a request leaves no body-sized garbage behind.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? ChunkSize, limit) + 1);
        try
        {
            var length = 0;
            int read;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                if ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return TransportError.TooLarge(limit);
                }
            }

            return Parse(buffer.AsMemory(0, length));
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own verdicts on the body: over the limit set above, malformed chunking, too slow.
            return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TransportError.TooLarge(limit)
                : new TransportError(ex.StatusCode, TransportErrorCodes.InvalidRequest, "The request body could not be read.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private RequestReadResult Parse(ReadOnlyMemory<byte> body)
    {
        // RFC 8259 lets a parser ignore a byte order mark; some Windows clients still send one.
        if (body.Span.StartsWith(Utf8ByteOrderMark))
        {
            body = body[Utf8ByteOrderMark.Length..];
        }

        if (body.IsEmpty)
        {
            return TransportError.InvalidRequest("The request body is empty; send a JSON object with a 'query' string.");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return RequestParameters.FromJson(document.RootElement, serializer);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : string.Empty;
            return TransportError.InvalidJson($"The request body is not valid JSON{where}.");
        }
    }

    private static TransportError? UnsupportedContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(AcceptNegotiation.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new TransportError(
                StatusCodes.Status415UnsupportedMediaType,
                TransportErrorCodes.UnsupportedMediaType,
                $"A POST to this endpoint must have 'Content-Type: {AcceptNegotiation.Json}'"
                + (string.IsNullOrEmpty(contentType) ? "; none was given." : $", not '{contentType}'."));
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        if (charset.HasValue
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new TransportError(
                StatusCodes.Status415UnsupportedMediaType,
                TransportErrorCodes.UnsupportedMediaType,
                $"The request body must be UTF-8, not '{charset}'.");
        }

        return null;
    }
}
