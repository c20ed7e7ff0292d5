using System.Text.Json;
using GraphQL;
using PmoGraph.Api.GraphQL.PersistedQueries;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// Checks the four GraphQL-over-HTTP parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>) from a JSON body or a GET query string. Wrong types and a missing query make the request
/// not well-formed (400); whether the query parses is GraphQL's concern, not this one's.
/// </summary>
internal static class RequestParameters
{
    private const string Query = "query";
    private const string OperationName = "operationName";
    private const string Variables = "variables";
    private const string Extensions = "extensions";

    public static RequestReadResult FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            return new TransportError(
                StatusCodes.Status400BadRequest,
                TransportErrorCodes.BatchNotSupported,
                "Batched requests (a JSON array) are not supported; send one request object per HTTP request.");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return TransportError.InvalidRequest("The request body must be a JSON object with a 'query' string.");
        }

        if (RepeatedProperties.Find(body) is { } repeated)
        {
            return Repeated(repeated);
        }

        string? query = null, operationName = null;
        Inputs? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            var error = property.Name switch
            {
                Query => ReadString(value, Query, out query),
                OperationName => ReadString(value, OperationName, out operationName),
                Variables => ReadMap(value, Variables, serializer, out variables),
                Extensions => ReadMap(value, Extensions, serializer, out extensions),
                // Other names are reserved by the spec for future use; ignoring them keeps newer clients working.
                _ => null,
            };
            if (error is not null)
            {
                return error;
            }
        }

        return Build(query, operationName, variables, extensions);
    }

    public static RequestReadResult FromQueryString(IQueryCollection parameters, IGraphQLTextSerializer serializer)
    {
        foreach (var name in (ReadOnlySpan<string>)[Query, OperationName, Variables, Extensions])
        {
            if (parameters[name].Count > 1)
            {
                return TransportError.InvalidRequest($"The '{name}' parameter appears more than once.");
            }
        }

        if (ParseMap(parameters[Variables], Variables, serializer, out var variables) is { } variablesError)
        {
            return variablesError;
        }

        if (ParseMap(parameters[Extensions], Extensions, serializer, out var extensions) is { } extensionsError)
        {
            return extensionsError;
        }

        return Build(parameters[Query], parameters[OperationName], variables, extensions);
    }

    // Without a query the request must name a persisted document (Apollo's extensions.persistedQuery), resolved later.
    private static RequestReadResult Build(string? query, string? operationName, Inputs? variables, Inputs? extensions) =>
        query is null && extensions?.GetValueOrDefault(PersistedQueryExtension.Name) is null
            ? TransportError.InvalidRequest("The 'query' parameter is required: a string holding the GraphQL document.")
            // The spec makes an empty operationName the same as none.
            : new GraphQLHttpRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);

    private static TransportError Repeated(string name) =>
        TransportError.InvalidRequest($"The property '{name}' appears more than once in one JSON object.");

    private static TransportError? ReadString(JsonElement value, string name, out string? result)
    {
        result = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null
            ? null
            : TransportError.InvalidRequest($"The '{name}' parameter must be a string.");
    }

    private static TransportError? ReadMap(JsonElement value, string name, IGraphQLTextSerializer serializer, out Inputs? result)
    {
        result = value.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(value) : null;
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null
            ? null
            : TransportError.InvalidRequest($"The '{name}' parameter must be a JSON object.");
    }

    private static TransportError? ParseMap(string? text, string name, IGraphQLTextSerializer serializer, out Inputs? result)
    {
        result = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return RepeatedProperties.Find(document.RootElement) is { } repeated
                ? Repeated(repeated)
                : ReadMap(document.RootElement, name, serializer, out result);
        }
        catch (JsonException)
        {
            return TransportError.InvalidJson($"The '{name}' parameter is not valid JSON.");
        }
    }
}
