namespace PmoGraph.Api.GraphQL.PersistedQueries;

/// <summary>Apollo's automatic persisted queries (configuration section <c>GraphQL:PersistedQueries</c>).</summary>
internal sealed class PersistedQueryOptions
{
    public const string Section = "GraphQL:PersistedQueries";

    /// <summary>Register and serve documents by their SHA-256 hash. Off, a hash gets <c>PERSISTED_QUERY_NOT_SUPPORTED</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most documents kept; the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>The most bytes of document text kept.</summary>
    public long MaxBytes { get; set; } = 16L * 1024 * 1024;
}
