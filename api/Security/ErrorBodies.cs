using Microsoft.AspNetCore.Http.Features;

namespace PmoGraph.Api.Security;

/// <summary>
/// The outermost middleware: an exception no endpoint handled becomes a 500 with a coded body and its trace id, logged
/// once with the exception and the same id; and a 401, 403 or 500 that some handler answered without a body gets one,
/// so every refusal and failure from <c>/graphql</c>, <c>/odata</c> and <c>/reports</c> carries a code. The reporting
/// surfaces stream rows and write their first bytes before reading the first row: their output goes through a pipe of
/// ours until it is flushed, so a failure before the first flush sends none of it, only the error. A failure after it
/// can change nothing the client already has: the connection is aborted, so the client sees the answer is incomplete.
/// </summary>
internal sealed partial class ErrorBodies(RequestDelegate next, ILogger<ErrorBodies> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var original = http.Features.Get<IHttpResponseBodyFeature>();
        StreamResponseBodyFeature? held = null;
        if (original is not null && SecurityErrorResponse.IsReporting(http.Request))
        {
            held = new StreamResponseBodyFeature(original.Stream, original);
            http.Features.Set<IHttpResponseBodyFeature>(held);
        }

        try
        {
            await next(http);
            if (!http.Response.HasStarted && !SecurityErrorResponse.Written(http) && held?.Writer is not { CanGetUnflushedBytes: true, UnflushedBytes: > 0 }
                && http.Response.ContentLength is null or 0
                && http.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status500InternalServerError)
            {
                await WriteAsync(http, http.Response.StatusCode);
            }

            if (held is not null)
            {
                await held.CompleteAsync();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            ClientAborted(logger);
        }
        catch (Exception ex)
        {
            if (held is not null)
            {
                // What the endpoint wrote and did not flush is dropped: the client gets the error alone.
                http.Features.Set(original);
                held.Dispose();
                held = null;
            }

            RequestFailed(logger, http.Request.Method, http.Request.Path, TraceIds.Current(http) ?? string.Empty, ex);
            if (http.Response.HasStarted)
            {
                http.Abort();
                return;
            }

            http.Response.Clear();
            await WriteAsync(http, StatusCodes.Status500InternalServerError);
        }
        finally
        {
            if (held is not null)
            {
                http.Features.Set(original);
            }
        }
    }

    /// <summary>The body of a refusal or failure, with the code its status stands for.</summary>
    public static Task WriteAsync(HttpContext http, int statusCode, string? message = null) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => SecurityErrorResponse.WriteAsync(
            http, statusCode, SecurityErrorCodes.NotAuthenticated, message ?? SignInMessage(http.Request)),
        StatusCodes.Status403Forbidden => SecurityErrorResponse.WriteAsync(
            http, statusCode, SecurityErrorCodes.NotAuthorized, message ?? "The caller's role may not use this resource."),
        _ => SecurityErrorResponse.WriteAsync(
            http, statusCode, SecurityErrorCodes.InternalServerError, message ?? "The server could not process the request. The failure has been logged with the traceId."),
    };

    private static string SignInMessage(HttpRequest request) => SecurityErrorResponse.IsReporting(request)
        ? "Sign in with a valid bearer token, or a reporting key in the X-Api-Key header or the api_key parameter."
        : "Sign in with a valid bearer token in the Authorization header.";

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled exception answering {Method} {Path}; traceId {TraceId}")]
    private static partial void RequestFailed(ILogger logger, string method, string path, string traceId, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "The client aborted the request before it completed")]
    private static partial void ClientAborted(ILogger logger);
}
