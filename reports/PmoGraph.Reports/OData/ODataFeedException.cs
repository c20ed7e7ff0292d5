namespace PmoGraph.Reports.OData;

/// <summary>A request the feed refuses: answered with an OData error body and <see cref="StatusCode"/> (400 or 501).</summary>
public sealed class ODataFeedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public static ODataFeedException NotImplemented(string message) => new(501, "NotImplemented", message);

    public static ODataFeedException BadRequest(string message) => new(400, "BadRequest", message);
}
