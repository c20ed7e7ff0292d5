namespace PmoGraph.Api.GraphQL;

/// <summary>Limits and switches of the <c>/graphql</c> endpoint (configuration section <c>GraphQL</c>).</summary>
internal sealed class GraphQLTransportOptions
{
    public const string Section = "GraphQL";

    /// <summary>The body is buffered whole before it is parsed; past 1 GiB that is a misconfiguration.</summary>
    public const long MaxRequestBytesCeiling = 1L << 30;

    /// <summary>The largest POST body accepted, in bytes; a larger one is refused with 413 before it is parsed.</summary>
    public long MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>Serve the GraphiQL IDE to a browser that opens <c>/graphql</c> without a query.</summary>
    public bool GraphiQL { get; set; } = true;

    /// <summary>
    /// A manifest of trusted documents (graphql-codegen's <c>persisted-documents.json</c> or Apollo's persisted query
    /// manifest), relative to the content root: when set, only its documents run, and the file must be readable at start.
    /// </summary>
    public string? TrustedDocuments { get; set; }
}
