using GraphQL;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// A well-formed GraphQL-over-HTTP request: its parameters, checked for type but not yet parsed as GraphQL. The query
/// is null only when the request names a persisted document instead (<c>extensions.persistedQuery</c>).
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
