using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Common;

namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>
/// Keeps each operation's validated document, so a repeated request is neither parsed nor run through the rules that
/// depend on the document alone. Bounded by entries and approximate bytes (<see cref="PlanCacheOptions"/>), least
/// recently used first out. Hits, misses and evictions are counted on the <see cref="MeterName"/> meter
/// (<c>pmograph.graphql.plan_cache.lookups</c> tagged <c>result</c>, <c>pmograph.graphql.plan_cache.evictions</c>) and
/// each lookup writes a Debug line naming the operation.
/// </summary>
internal sealed partial class OperationPlanCache
{
    public const string MeterName = "PmoGraph.GraphQL";
    public const string LookupsInstrument = "pmograph.graphql.plan_cache.lookups";
    public const string EvictionsInstrument = "pmograph.graphql.plan_cache.evictions";

    private readonly BoundedLru<PlanKey, OperationPlan> _plans;
    private readonly Counter<long> _lookups;
    private readonly Counter<long> _evictions;
    private readonly ILogger<OperationPlanCache> _logger;
    private long _hits;
    private long _misses;
    private long _evicted;

    public OperationPlanCache(IOptions<PlanCacheOptions> options, IMeterFactory meters, ILogger<OperationPlanCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meters);
        _plans = new BoundedLru<PlanKey, OperationPlan>(options.Value.MaxEntries, options.Value.MaxBytes);
        _logger = logger;
        var meter = meters.Create(MeterName);
        _lookups = meter.CreateCounter<long>(LookupsInstrument, "{lookup}", "Plan cache lookups by result (hit or miss).");
        _evictions = meter.CreateCounter<long>(EvictionsInstrument, "{plan}", "Plans evicted to stay within the cache's bounds.");
        meter.CreateObservableGauge("pmograph.graphql.plan_cache.entries", () => _plans.Count, "{plan}", "Plans held.");
        meter.CreateObservableGauge("pmograph.graphql.plan_cache.size", () => _plans.Bytes, "By", "Approximate bytes the plans hold.");
    }

    /// <summary>Hits, misses, evictions since start, and what the cache holds now.</summary>
    public PlanCacheStatistics Statistics =>
        new(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses), Interlocked.Read(ref _evicted), _plans.Count, _plans.Bytes);

    /// <summary>
    /// The plan prepared for <paramref name="key"/>, or <see langword="null"/> (a miss: parse and validate in full).
    /// The lookup is counted here; it is logged by <see cref="LogLookup"/> once the operation's name is known.
    /// </summary>
    public OperationPlan? Find(PlanKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hit = _plans.TryGet(key, out var plan);
        Interlocked.Increment(ref hit ? ref _hits : ref _misses);
        _lookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
        return hit ? plan : null;
    }

    /// <summary>The Debug line of a lookup, naming the operation the document selects (not only the one the request names).</summary>
    public void LogLookup(PlanKey key, bool hit, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            WriteLookup(_logger, hit ? "hit" : "miss", operationName ?? "(anonymous)", key.Role.Length == 0 ? "(none)" : key.Role);
        }
    }

    /// <summary>Keeps a document that passed validation in full for <paramref name="key"/>.</summary>
    public void Store(PlanKey key, OperationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(plan);
        var evicted = _plans.Add(key, plan, plan.ApproximateBytes + OperationPlan.PassedInputsBytes + ((long)key.Query.Length * sizeof(char)));
        if (evicted > 0)
        {
            Interlocked.Add(ref _evicted, evicted);
            _evictions.Add(evicted);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL plan cache {Result} for operation {Operation} as role {Role}.")]
    private static partial void WriteLookup(ILogger logger, string result, string operation, string role);
}
