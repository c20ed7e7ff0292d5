using GraphQL;
using GraphQL.Execution;
using PmoGraph.Api.GraphQL;

namespace PmoGraph.Api.Security;

/// <summary>
/// Adds the request's trace id to masked errors, so a user can quote it and an operator find the logged exception (every error log line carries the same id, see <see cref="RedactingLoggerFactory"/>);
/// the error itself says nothing of what failed.
/// </summary>
internal sealed class TraceIdErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError?.Code is TransportErrorCodes.InternalServerError or SecurityErrorCodes.Timeout)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["traceId"] = TraceIds.Current(http.HttpContext);
        }

        return info;
    }
}
