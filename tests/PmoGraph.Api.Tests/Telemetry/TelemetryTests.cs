using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Api.Telemetry;

namespace PmoGraph.Api.Tests.Telemetry;

/// <summary>
/// With <c>OpenTelemetry:Endpoint</c> set, each GraphQL operation is a span named after it, carrying its plan-cache
/// result and its SQL command count, under the ASP.NET Core request span; the plan cache's counters are metrics.
/// Without it no provider exists, so nothing is traced or exported. The spans are read with OpenTelemetry's in-memory
/// exporter added beside the host's own; each request carries a W3C <c>traceparent</c> of its own, so the spans of
/// other hosts in the test process (the listener is process-wide) are told apart by trace id.
/// </summary>
public sealed class TelemetryTests
{
    // Nothing listens there: the OTLP exporter fails quietly in the background, the in-memory one sees the same data.
    private const string UnusedCollector = "http://127.0.0.1:9";

    [Fact]
    public async Task Operation_IsOneSpanNamedAfterIt_WithPlanCacheAndSqlTags()
    {
        var spans = new LockedCollection<Activity>();
        var metrics = new List<Metric>();
        using var api = new PmoApiFactory();
        api.Settings["OpenTelemetry:Endpoint"] = UnusedCollector;
        using var host = api.WithWebHostBuilder(b => b.ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))));
        var client = host.CreateClient();
        const string Query = "query TracedProjects { projects(first: 3) { nodes { id code } } }";

        api.SqlCommands.Reset();
        var first = await SendTracedAsync(client, Query);
        var firstStatements = api.SqlCommands.Count;
        var second = await SendTracedAsync(client, Query);
        var third = await SendTracedAsync(client, "{ __typename }");
        var operations = new[] { first, second, third }.Select(t => Operation(spans, t)).ToList();

        Assert.Equal(["query TracedProjects", "query TracedProjects", "query"], operations.Select(s => s.DisplayName));
        Assert.Equal(["miss", "hit", "miss"], operations.Select(s => s.GetTagItem(GraphQLTelemetry.PlanCacheTag)));
        Assert.Equal("TracedProjects", operations[0].GetTagItem(GraphQLTelemetry.OperationNameTag));
        Assert.Equal("query", operations[0].GetTagItem(GraphQLTelemetry.OperationTypeTag));
        Assert.True(firstStatements > 0);
        Assert.Equal([firstStatements, firstStatements, 0], operations.Select(s => (int)s.GetTagItem(GraphQLTelemetry.SqlStatementsTag)!));
        Assert.All(operations, o => Assert.Contains(spans.Snapshot(), r => r.Source.Name == "Microsoft.AspNetCore" && r.SpanId == o.ParentSpanId));

        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        Assert.Contains(metrics, m => m.Name == OperationPlanCache.LookupsInstrument);
    }

    [Fact]
    public async Task RefusedRequest_IsAnErrorSpan()
    {
        var spans = new LockedCollection<Activity>();
        using var api = new PmoApiFactory();
        api.Settings["OpenTelemetry:Endpoint"] = UnusedCollector;
        using var host = api.WithWebHostBuilder(b => b.ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        var client = host.CreateClient();

        var invalid = Operation(spans, await SendTracedAsync(client, "query Broken { projects(first: 1) { nodes { noSuchField } } }"));
        var unparsed = Operation(spans, await SendTracedAsync(client, "{ projects("));

        Assert.Equal(("query Broken", ActivityStatusCode.Error), (invalid.DisplayName, invalid.Status));
        Assert.Equal(ActivityStatusCode.Error, unparsed.Status);
        Assert.Equal("SYNTAX_ERROR", unparsed.StatusDescription);
    }

    [Fact]
    public async Task WithoutEndpoint_NothingIsTracedOrExported()
    {
        var spans = new LockedCollection<Activity>();
        using var api = new PmoApiFactory();
        using var host = api.WithWebHostBuilder(b => b.ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        var client = host.CreateClient();

        await client.DataAsync("query Untraced { projects(first: 1) { totalCount } }");

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Empty(spans.Snapshot());
    }

    [Theory]
    [InlineData("Endpoint", "not a url")]
    [InlineData("Endpoint", "ftp://collector:4317")]
    [InlineData("Protocol", "carrier-pigeon")]
    public void BadSetting_StopsTheStart(string name, string value)
    {
        using var api = new PmoApiFactory();
        api.Settings["OpenTelemetry:Endpoint"] = UnusedCollector;
        api.Settings["OpenTelemetry:" + name] = value;

        var failure = Assert.ThrowsAny<Exception>(() => api.CreateClient());
        Assert.Contains("OpenTelemetry:" + name, failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Posts <paramref name="query"/> as the start of a trace of its own; returns that trace's id.</summary>
    private static async Task<ActivityTraceId> SendTracedAsync(HttpClient client, string query)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        message.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await client.SendAsync(message);
        await response.Content.ReadAsStringAsync();
        return traceId;
    }

    /// <summary>The GraphQL span of trace <paramref name="traceId"/>, once it has ended (it ends as its response does).</summary>
    private static Activity Operation(LockedCollection<Activity> spans, ActivityTraceId traceId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = spans.Snapshot().Where(s => s.TraceId == traceId && s.Source.Name == GraphQLTelemetry.SourceName).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(found);
            }

            Thread.Sleep(20);
        }
    }
}
