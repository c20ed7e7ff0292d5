namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>Bounds of the operation plan cache (configuration section <c>GraphQL:PlanCache</c>).</summary>
internal sealed class PlanCacheOptions
{
    public const string Section = "GraphQL:PlanCache";

    /// <summary>The most plans kept; 0 switches the cache off (every request is parsed and validated).</summary>
    public int MaxEntries { get; set; } = 1_000;

    /// <summary>The approximate memory the plans may hold together, in bytes (the documents' text and syntax trees).</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}
