using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// A repeated operation is planned once: its second request takes the validated document from the plan cache, the
/// hit and miss are counted on the meter, and the answer is the same. What depends on the request — the caller's
/// role, the variable values — is checked again on every request, cached or not.
/// </summary>
public sealed class PlanCacheTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    private OperationPlanCache Plans => api.Services.GetRequiredService<OperationPlanCache>();

    [Fact]
    public async Task RepeatedOperation_IsParsedOnce_AndCountedAsMissThenHits()
    {
        var client = api.CreateClient();
        using var measurements = new PlanCacheMeasurements(api.Services.GetRequiredService<IMeterFactory>());
        const string Query = "query PlanCacheCounting { projects(first: 3) { nodes { id code } } }";
        var before = Plans.Statistics;

        var first = await client.DataAsync(Query);
        var second = await client.DataAsync(Query);
        var third = await client.DataAsync(Query);

        var after = Plans.Statistics;
        Assert.Equal((1, 2), (after.Misses - before.Misses, after.Hits - before.Hits));
        Assert.Equal(["miss", "hit", "hit"], measurements.Results);
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(first.GetRawText(), third.GetRawText());
    }

    [Fact]
    public async Task InvalidDocument_IsNeverStored()
    {
        var client = api.CreateClient();
        const string Query = "query PlanCacheInvalid { projects(first: 3) { nodes { noSuchField } } }";
        var before = Plans.Statistics;

        var first = await client.QueryAsync(Query);
        var second = await client.QueryAsync(Query);

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(0, Plans.Statistics.Hits - before.Hits);
    }

    /// <summary>
    /// Every document the viewer is refused (<see cref="SensitiveFieldTests.Refused"/>) is first run and cached for
    /// pmo-admin: the viewer is still refused, and the admin's second request is served from the cache.
    /// </summary>
    [Theory]
    [MemberData(nameof(SensitiveFieldTests.Refused), MemberType = typeof(SensitiveFieldTests))]
    public async Task DocumentCachedForAdmin_IsStillRefusedToTheViewer(string query)
    {
        var admin = api.CreateClient();
        var viewer = api.CreateClientFor(PmoRoles.Viewer, "plan.viewer");
        var first = await admin.QueryAsync(query);
        var hitsBefore = Plans.Statistics.Hits;
        var second = await admin.QueryAsync(query);
        var refused = await viewer.QueryAsync(query);
        var refusedAgain = await viewer.QueryAsync(query);

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(1, Plans.Statistics.Hits - hitsBefore);
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes());
        Assert.False(refused.TryGetProperty("data", out _));
        Assert.Equal(refused.GetRawText(), refusedAgain.GetRawText());
    }

    [Fact]
    public async Task CachedDocument_StillChecksTheViewersSensitiveVariables()
    {
        var viewer = api.CreateClientFor(PmoRoles.Viewer, "plan.viewer");
        const string Query = "query PlanCacheViewerFilter($w: ProjectFilterInput) { projects(first: 1, where: $w) { totalCount } }";
        await viewer.DataAsync(Query, new { w = new { code = new { startsWith = "P" } } });
        await viewer.DataAsync(Query, new { w = new { code = new { startsWith = "Q" } } });
        var hitsBefore = Plans.Statistics.Hits;

        var refused = await viewer.QueryAsync(Query, new { w = new { budgetAtCompletion = new { gt = 1 } } });

        Assert.Equal(1, Plans.Statistics.Hits - hitsBefore);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes());
    }

    [Fact]
    public async Task CachedDocument_StillChecksPageSizesGivenAsVariables()
    {
        var client = api.CreateClient();
        const string Query = "query PlanCachePage($n: Int) { projects(first: $n) { nodes { id } } }";
        await client.DataAsync(Query, new { n = 2 });
        var hitsBefore = Plans.Statistics.Hits;

        var refused = await client.QueryAsync(Query, new { n = 10_000 });
        var negative = await client.QueryAsync(Query, new { n = -1 });

        Assert.Equal(2, Plans.Statistics.Hits - hitsBefore);
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], refused.ErrorCodes());
        Assert.Single(negative.ErrorCodes());
        Assert.False(negative.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task CachedDocument_StillChecksTheFilterBudgetOfItsVariables()
    {
        var client = api.CreateClient();
        const string Query = "query PlanCacheFilter($w: ProjectFilterInput) { projects(first: 1, where: $w) { totalCount } }";
        await client.DataAsync(Query, new { w = RandomFilter.Id("lte", 10) });
        var wide = new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 400).Select(n => (object?)RandomFilter.Id("neq", n)).ToList() };
        var hitsBefore = Plans.Statistics.Hits;

        var refused = await client.QueryAsync(Query, new { w = wide });

        Assert.Equal(1, Plans.Statistics.Hits - hitsBefore);
        Assert.Equal(["FILTER_TOO_COMPLEX"], refused.ErrorCodes());
    }

    [Fact]
    public async Task CachedDocument_StillCoercesItsVariables()
    {
        var client = api.CreateClient();
        const string Query = "query PlanCacheCoercion($n: Int!) { projects(first: $n) { nodes { id } } }";
        await client.DataAsync(Query, new { n = 1 });

        var wrongType = await client.QueryAsync(Query, new { n = "one" });
        var missing = await client.QueryAsync(Query);

        Assert.Equal(["INVALID_VALUE"], wrongType.ErrorCodes());
        Assert.Equal(["INVALID_VALUE"], missing.ErrorCodes());
    }

    [Fact]
    public async Task FullCache_EvictsTheLeastRecentlyUsedPlan_AndLogsEachLookupAtDebug()
    {
        var logs = new CapturingLoggerProvider();
        using var small = api.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:PlanCache:MaxEntries", "3")
            .ConfigureLogging(l => l.AddProvider(logs).AddFilter<CapturingLoggerProvider>(typeof(OperationPlanCache).FullName, LogLevel.Debug)));
        var client = small.CreateClient();
        var plans = small.Services.GetRequiredService<OperationPlanCache>();
        string Query(int n) => $"query PlanCacheBound{n} {{ projects(first: 1) {{ totalCount }} }}";

        for (var n = 0; n < 5; n++)
        {
            await client.DataAsync(Query(n));
        }

        Assert.Equal((3, 2L), (plans.Statistics.Entries, plans.Statistics.Evictions));
        var hits = plans.Statistics.Hits;
        await client.DataAsync(Query(4));
        Assert.Equal(1, plans.Statistics.Hits - hits);
        await client.DataAsync(Query(0));
        Assert.Equal(1, plans.Statistics.Hits - hits);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("plan cache hit for operation PlanCacheBound4 as role pmo-admin", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("plan cache miss for operation PlanCacheBound0 as role pmo-admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CacheSwitchedOff_StoresNothing_AndAnswersTheSame()
    {
        using var off = api.WithWebHostBuilder(b => b.UseSetting("GraphQL:PlanCache:MaxEntries", "0"));
        var client = off.CreateClient();
        var plans = off.Services.GetRequiredService<OperationPlanCache>();
        const string Query = "query PlanCacheOff { projects(first: 2) { nodes { code } } }";

        var first = await client.DataAsync(Query);
        var second = await client.DataAsync(Query);

        Assert.Equal((0, 0L, 2L), (plans.Statistics.Entries, plans.Statistics.Hits, plans.Statistics.Misses));
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    /// <summary>The lookups counted on this host's meter, in order, by their <c>result</c> tag.</summary>
    private sealed class PlanCacheMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<string> _results = [];

        public PlanCacheMeasurements(IMeterFactory scope)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == scope && instrument.Name == OperationPlanCache.LookupsInstrument)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "result")
                    {
                        lock (_results)
                        {
                            _results.Add((string)tag.Value!);
                        }
                    }
                }
            });
            _listener.Start();
        }

        public IReadOnlyList<string> Results
        {
            get
            {
                lock (_results)
                {
                    return [.. _results];
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
