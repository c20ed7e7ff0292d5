namespace PmoGraph.Api.GraphQL;

/// <summary>
/// The <c>extensions.code</c> of errors raised by the HTTP transport before GraphQL.NET sees the request.
/// GraphQL.NET names its own (<c>SYNTAX_ERROR</c>, <c>INVALID_VALUE</c>, one per validation rule).
/// </summary>
internal static class TransportErrorCodes
{
    /// <summary>The body (or the <c>variables</c>/<c>extensions</c> query parameter) is not JSON.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>JSON, but not a GraphQL-over-HTTP request: wrong shape or parameter types, missing <c>query</c>.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>A JSON array body: batched requests are not supported.</summary>
    public const string BatchNotSupported = "BATCH_NOT_SUPPORTED";

    /// <summary>A POST whose <c>Content-Type</c> is not <c>application/json</c> in UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>A document nested more deeply than GraphQL.NET's parser allows.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>A body larger than <see cref="GraphQLTransportOptions.MaxRequestBytes"/>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>An <c>Accept</c> header that allows no GraphQL response media type.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A method other than GET and POST, or a mutation over GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A path below <c>/graphql</c> that names no IDE file.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A fault of the server; the response carries no detail of it.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>An <c>Idempotency-Key</c> header that is empty, too long or not printable ASCII.</summary>
    public const string InvalidIdempotencyKey = "INVALID_IDEMPOTENCY_KEY";

    /// <summary>An <c>Idempotency-Key</c> already used by this caller for a different request.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>The first request with this <c>Idempotency-Key</c> is still running.</summary>
    public const string IdempotencyInProgress = "IDEMPOTENCY_IN_PROGRESS";
}
