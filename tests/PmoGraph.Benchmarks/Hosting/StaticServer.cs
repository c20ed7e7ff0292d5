using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// The client's own cost, to take out of the process's: the load generator shares the process with the servers, so
/// its CPU and allocations land in the same counters. This server answers <c>POST /static/{query}/{variant}</c> with
/// the bytes PmoGraph returned for that request body (recorded by the correctness check), doing no other work, so a
/// turn against it costs what the client and the loopback HTTP transport cost for responses of that size.
/// </summary>
internal sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<(string Query, int Variant), byte[]> _bodies;

    private StaticServer(WebApplication app, ConcurrentDictionary<(string, int), byte[]> bodies)
    {
        _app = app;
        _bodies = bodies;
    }

    public SqlStatementCounter SqlStatements { get; } = new();

    public static async Task<StaticServer> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var bodies = new ConcurrentDictionary<(string, int), byte[]>();
        app.MapPost("/static/{query}/{variant:int}", async (string query, int variant, HttpContext context) =>
        {
            if (!bodies.TryGetValue((query, variant), out var body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "application/graphql-response+json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        return new StaticServer(app, bodies);
    }

    /// <summary>Records the response the static endpoint returns for one request body of a query.</summary>
    public void Register(string query, int variant, byte[] body) => _bodies[(query, variant)] = body;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
