using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PmoGraph.Reports.Access;

/// <summary>
/// What <c>/odata</c> and <c>/reports</c> share: the caller's <see cref="ViewAccess"/> (or a 403), the error body
/// (<c>{"error":{"code","message"}}</c>, the OData JSON error shape), and a guard that turns a failure before the
/// answer has started into a 500 with that body and a trace id that is in the log line.
/// </summary>
public static partial class ReportResponses
{
    public const string RoleRequiredCode = "REPORT_ROLE_REQUIRED";
    public const string InternalErrorCode = "INTERNAL_SERVER_ERROR";

    /// <summary>The caller's access, or null once a 403 has been answered (no role that reads reports).</summary>
    public static async Task<ViewAccess?> AccessAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var resolver = context.RequestServices.GetService<IViewAccessResolver>();
        var access = resolver is null ? null : await resolver.ResolveAsync(context.User, context.RequestAborted).ConfigureAwait(false);
        if (access is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status403Forbidden, RoleRequiredCode,
                "Your sign-in carries no role that reads reports: pmo-admin, portfolio-manager, project-manager, analyst or viewer.").ConfigureAwait(false);
        }

        return access;
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string code, string message, string? traceId = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers["OData-Version"] = "4.0";
        object error = traceId is null ? new { code, message } : new { code, message, traceId };
        return context.Response.WriteAsJsonAsync(new { error }, context.RequestAborted);
    }

    /// <summary><paramref name="handler"/>, answering 500 with a coded body when it fails before its answer started.</summary>
    public static RequestDelegate Guarded(RequestDelegate handler) => async context =>
    {
        try
        {
            await handler(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            ReadFailed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PmoGraph.Reports"), exception, context.Request.Path.Value ?? "", traceId);
            if (context.Response.HasStarted)
            {
                // Rows have gone out: the only honest end is an aborted response, never a body that looks complete.
                context.Abort();
                return;
            }

            context.Response.Clear();
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, InternalErrorCode,
                "The report could not be read. The server log has the details under this trace id.", traceId).ConfigureAwait(false);
        }
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {Path} failed (traceId {TraceId}).")]
    private static partial void ReadFailed(ILogger logger, Exception exception, string path, string traceId);
}
