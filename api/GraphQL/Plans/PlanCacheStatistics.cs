namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>A reading of the plan cache: lookups that found a plan, lookups that did not, plans evicted, and what it holds.</summary>
internal readonly record struct PlanCacheStatistics(long Hits, long Misses, long Evictions, int Entries, long Bytes);
