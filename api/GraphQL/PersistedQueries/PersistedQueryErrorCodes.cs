namespace PmoGraph.Api.GraphQL.PersistedQueries;

/// <summary>
/// The <c>extensions.code</c> of errors about persisted documents: Apollo's names where Apollo clients and routers
/// already know them (<c>PERSISTED_QUERY_NOT_FOUND</c>, <c>PERSISTED_QUERY_NOT_SUPPORTED</c>,
/// <c>PERSISTED_QUERY_NOT_IN_LIST</c>), and ours for a request that is not a valid persisted-query request.
/// </summary>
internal static class PersistedQueryErrorCodes
{
    /// <summary>A hash-only request for a hash this server does not hold: an Apollo client resends with the query.</summary>
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Automatic persisted queries are switched off (<c>GraphQL:PersistedQueries:Enabled</c>).</summary>
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>A query sent with a <c>sha256Hash</c> that is not its SHA-256: it is not registered or run.</summary>
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary><c>extensions.persistedQuery</c> is not <c>{ "version": 1, "sha256Hash": "&lt;64 hex digits&gt;" }</c>.</summary>
    public const string Invalid = "PERSISTED_QUERY_INVALID";

    /// <summary>Trusted documents are on and the request's document is not in the manifest (as Apollo Router's safelist says).</summary>
    public const string NotInList = "PERSISTED_QUERY_NOT_IN_LIST";
}
