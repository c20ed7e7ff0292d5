using GraphQL;

namespace PmoGraph.Api.GraphQL;

/// <summary>Writes GraphQL responses (UTF-8 JSON in the negotiated media type) and the transport's own errors in the same shape.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public async Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType, int statusCode)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    public Task WriteAsync(HttpContext http, TransportError error, string mediaType)
    {
        if (error.Allow is not null)
        {
            http.Response.Headers.Allow = error.Allow;
        }

        return WriteAsync(http, error.ToResult(), mediaType, error.StatusCode);
    }

    /// <summary>A fault of the server, reported without any detail of it.</summary>
    public Task WriteInternalErrorAsync(HttpContext http, string mediaType)
    {
        var error = new TransportError(
            StatusCodes.Status500InternalServerError,
            TransportErrorCodes.InternalServerError,
            "The server could not process the request. The failure has been logged.");
        return WriteAsync(http, error, mediaType);
    }
}
