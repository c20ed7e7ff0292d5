using GraphQL;
using GraphQL.Execution;
using PmoGraph.Api.GraphQL;

namespace PmoGraph.Api.Security;

/// <summary>
/// Adds the request's trace id to masked errors, so a user can quote it and an operator find the logged exception (every error log line carries the same id, see <see cref="RedactingLoggerFactory"/>);
/// the error itself says nothing of what failed. An error's figures (<see cref="Exception.Data"/>) are written beside its code.
/// </summary>
internal sealed class TraceIdErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError?.Data is { Count: > 0 } data)
        {
            // The error's own figures (PAGE_SIZE_EXCEEDED's maxPageSize and requested, FILTER_TOO_COMPLEX's maxNodes)
            // sit beside its code, as HotChocolate writes them; only numbers and text, never an object of the engine's.
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions.Remove("data");
            foreach (System.Collections.DictionaryEntry entry in data)
            {
                if (entry.Key is string key && entry.Value is int or long or decimal or double or string or bool && !info.Extensions.ContainsKey(key))
                {
                    info.Extensions[key] = entry.Value;
                }
            }
        }

        if (executionError?.Code is TransportErrorCodes.InternalServerError or SecurityErrorCodes.Timeout)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["traceId"] = TraceIds.Current(http.HttpContext);
        }

        return info;
    }
}
