namespace PmoGraph.Api.GraphQL;

/// <summary>What reading an HTTP request gave: a GraphQL request, or the reason it is not one.</summary>
internal readonly record struct RequestReadResult(GraphQLHttpRequest? Request, TransportError? Error)
{
    public static implicit operator RequestReadResult(GraphQLHttpRequest request) => new(request, null);

    public static implicit operator RequestReadResult(TransportError error) => new(null, error);
}
