using System.Diagnostics;

namespace PmoGraph.Api.Security;

/// <summary>
/// The id a client quotes to find its failure in the log: the request's W3C trace id, or ASP.NET Core's request
/// identifier where no activity runs. Error bodies and error log lines take it from here, so they always agree.
/// </summary>
internal static class TraceIds
{
    public static string? Current(HttpContext? http) => Activity.Current?.TraceId.ToString() ?? http?.TraceIdentifier;
}
