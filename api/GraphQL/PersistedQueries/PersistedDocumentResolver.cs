using GraphQL;
using Microsoft.Extensions.Options;

namespace PmoGraph.Api.GraphQL.PersistedQueries;

/// <summary>
/// Finds the document text a request runs. Without <c>extensions.persistedQuery</c>, it is the request's
/// <c>query</c>. With it (Apollo's automatic persisted queries): a hash alone is looked up
/// (<c>PERSISTED_QUERY_NOT_FOUND</c> makes an Apollo client resend with the query), a hash with a query registers the
/// query once its SHA-256 is checked. With trusted documents on, only documents of the manifest run, by hash or by
/// exact text, and nothing is registered.
/// </summary>
internal sealed class PersistedDocumentResolver(
    AutomaticPersistedQueryStore store,
    IOptions<PersistedQueryOptions> options,
    TrustedDocumentManifest? trusted = null)
{
    public bool TrustedOnly => trusted is not null;

    /// <summary>The document text to run, or the coded error that answers the request instead.</summary>
    public (string? Query, ExecutionError? Error) Resolve(GraphQLHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (hash, invalid) = PersistedQueryExtension.Read(request.Extensions);
        if (invalid is not null)
        {
            return (null, invalid);
        }

        if (trusted is not null)
        {
            return FromManifest(trusted, hash, request.Query);
        }

        if (hash is null)
        {
            return (request.Query, request.Query is null ? MissingQuery() : null);
        }

        if (!options.Value.Enabled)
        {
            return (null, Error(PersistedQueryErrorCodes.NotSupported, "PersistedQueryNotSupported"));
        }

        if (request.Query is not { } query)
        {
            return store.TryGet(hash, out var known)
                ? (known, null)
                : (null, Error(PersistedQueryErrorCodes.NotFound, "PersistedQueryNotFound"));
        }

        if (DocumentHash.Sha256(query) != hash)
        {
            return (null, Error(PersistedQueryErrorCodes.HashMismatch, "The query's SHA-256 hash is not the 'sha256Hash' sent with it; it was neither registered nor run."));
        }

        store.Register(hash, query);
        return (query, null);
    }

    /// <summary>
    /// The HTTP status of a refusal. Not found and not supported are 200 whatever the media type: Apollo's links read
    /// them from a 200 and retry with the query (or stop sending hashes), while some switch persisted queries off for
    /// good on a 400. Other refusals follow the GraphQL-over-HTTP rules of a request error.
    /// </summary>
    public static int StatusCodeFor(ExecutionError error, ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code is PersistedQueryErrorCodes.NotFound or PersistedQueryErrorCodes.NotSupported
            ? StatusCodes.Status200OK
            : GraphQLStatusCodes.For(result, mediaType);
    }

    private static (string?, ExecutionError?) FromManifest(TrustedDocumentManifest manifest, string? hash, string? query)
    {
        if (hash is not null)
        {
            if (!manifest.TryGetById(hash, out var document))
            {
                return query is null
                    ? (null, Error(PersistedQueryErrorCodes.NotFound, "PersistedQueryNotFound"))
                    : (null, NotInList());
            }

            return query is null || query == document
                ? (document, null)
                : (null, Error(PersistedQueryErrorCodes.HashMismatch, "The query sent is not the trusted document of the 'sha256Hash' sent with it."));
        }

        if (query is null)
        {
            return (null, MissingQuery());
        }

        return manifest.Contains(query) ? (query, null) : (null, NotInList());
    }

    private static ExecutionError NotInList() =>
        Error(PersistedQueryErrorCodes.NotInList, "This server runs trusted documents only, and this document is not one of them.");

    private static ExecutionError MissingQuery() =>
        Error(TransportErrorCodes.InvalidRequest, "The 'query' parameter is required: a string holding the GraphQL document.");

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
