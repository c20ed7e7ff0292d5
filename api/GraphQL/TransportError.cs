using GraphQL;

namespace PmoGraph.Api.GraphQL;

/// <summary>A request refused by the transport: the HTTP status, the error's code and message, and an <c>Allow</c> header for 405.</summary>
internal sealed record TransportError(int StatusCode, string Code, string Message, string? Allow = null)
{
    public static TransportError InvalidJson(string message) =>
        new(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidJson, message);

    public static TransportError InvalidRequest(string message) =>
        new(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidRequest, message);

    public static TransportError TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, TransportErrorCodes.RequestTooLarge, $"The request body is larger than the {limit} bytes this endpoint accepts.");

    public static TransportError MethodNotAllowed(string message, string allow) =>
        new(StatusCodes.Status405MethodNotAllowed, TransportErrorCodes.MethodNotAllowed, message, allow);

    /// <summary>The error as a GraphQL response without <c>data</c>, as the spec wants for a request that was not executed.</summary>
    public ExecutionResult ToResult() => new(new ExecutionError(Message) { Code = Code });
}
