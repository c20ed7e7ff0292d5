using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// The HTTP status of a GraphQL response, by the GraphQL-over-HTTP spec's rules for its media type. A response
/// with <c>data</c> (even null, even with field errors) is 200; one without is a request error.
/// </summary>
internal static class GraphQLStatusCodes
{
    public static int For(ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var errors = result.Errors ?? [];
        if (errors.Any(e => e is UnhandledError || e.Code == TransportErrorCodes.InternalServerError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        // application/json: a well-formed request always gets 200, so intermediaries' 4xx/5xx cannot be mistaken for ours.
        if (mediaType != AcceptNegotiation.GraphQLResponseJson)
        {
            return StatusCodes.Status200OK;
        }

        // The document is well-formed but does not fit the schema. Variable values are not part of the document:
        // their coercion failing is a bad request (400), as the spec's "Variable coercion failure" example says.
        return errors.Any(e => e is (ValidationError and not InvalidVariableError) or InvalidOperationError)
            ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status400BadRequest;
    }
}
