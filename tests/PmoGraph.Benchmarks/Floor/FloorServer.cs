using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PmoGraph.Benchmarks.Hosting;

namespace PmoGraph.Benchmarks.Floor;

/// <summary>The floor served like the others: Kestrel on loopback, <c>POST /floor/{query}</c> with the same request body.</summary>
internal sealed class FloorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FloorServer(WebApplication app) => _app = app;

    public SqlStatementCounter SqlStatements { get; } = new();

    public static async Task<FloorServer> StartAsync(BenchStore store, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new FloorServer(app);
        var queries = new FloorQueries(store, server.SqlStatements);
        app.MapPost("/floor/{query}", (string query, HttpContext context) => HandleAsync(queries, query, context));
        await app.StartAsync();
        return server;
    }

    private static async Task HandleAsync(FloorQueries queries, string query, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        context.Response.ContentType = "application/graphql-response+json";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            try
            {
                await WriteAsync(queries, query, body, writer, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The floor has no error contract: show the fault rather than a bare 500.
                await Console.Error.WriteLineAsync($"floor/{query}: {ex}");
                throw;
            }
        }

        await context.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static async Task WriteAsync(FloorQueries queries, string query, JsonDocument body, Utf8JsonWriter writer, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        switch (query)
        {
            case "page":
                await queries.PageAsync(writer, cancellationToken);
                break;
            case "nested":
                await queries.NestedAsync(writer, cancellationToken);
                break;
            case "aggregate":
                await queries.AggregateAsync(writer, cancellationToken);
                break;
            case "byId":
                var id = body.RootElement.GetProperty("variables").GetProperty("id").GetInt32();
                await queries.ByIdAsync(writer, id, cancellationToken);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
