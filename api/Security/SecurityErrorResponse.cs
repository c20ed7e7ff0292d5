using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmoGraph.Api.Security;

/// <summary>
/// Writes the coded JSON body of a response refused or failed before (or outside) an endpoint's own error handling:
/// OData's <c>{"error":{"code","message"}}</c> on <c>/odata</c> and <c>/reports</c>, as their own errors are shaped,
/// and a GraphQL error (<c>{"errors":[{"message","extensions":{"code"}}]}</c>) everywhere else. A 500 carries the
/// trace id that its log line carries.
/// </summary>
internal static class SecurityErrorResponse
{
    private const string WrittenKey = "PmoGraph.Security.ErrorBodyWritten";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Whether this request's error body was written here already.</summary>
    public static bool Written(HttpContext http) => http.Items.ContainsKey(WrittenKey);

    public static Task WriteAsync(HttpContext http, int statusCode, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[WrittenKey] = true;
        var traceId = statusCode >= StatusCodes.Status500InternalServerError ? TraceIds.Current(http) : null;
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "application/json; charset=utf-8";
        object body = IsReporting(http.Request)
            ? new { error = new { code, message, traceId } }
            : new { errors = new[] { new { message, extensions = new { code, traceId } } } };
        return http.Response.WriteAsJsonAsync(body, JsonOptions, http.RequestAborted);
    }

    public static bool IsReporting(HttpRequest request) =>
        request.Path.StartsWithSegments("/odata", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/reports", StringComparison.OrdinalIgnoreCase);
}
