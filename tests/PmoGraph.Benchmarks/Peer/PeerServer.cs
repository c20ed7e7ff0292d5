using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoGraph.Benchmarks.Hosting;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Benchmarks.Peer;

/// <summary>
/// The typical peer: GraphQL.NET 8.8.5 over EF Core with a scoped DbContext per request, so resolvers run one after
/// another (the serial strategy most such servers switch to once EF Core complains about concurrent use).
/// </summary>
internal sealed class PeerServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PeerServer(WebApplication app, SqlStatementCounter sqlStatements)
    {
        _app = app;
        SqlStatements = sqlStatements;
    }

    public SqlStatementCounter SqlStatements { get; }

    public static async Task<PeerServer> StartAsync(BenchStore store, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var counter = new SqlStatementCounter();
        builder.Services.AddDbContext<PmoDbContext>(options =>
        {
            store.Configure(options);
            options.AddInterceptors(counter);
        });
        builder.Services.AddSingleton<PeerPageInfoType<Project>>();
        builder.Services.AddSingleton<PeerPageInfoType<Portfolio>>();
        builder.Services.AddSingleton<PeerPageInfoType<ProgramEntity>>();
        builder.Services.AddSingleton<PeerPageInfoType<Milestone>>();
        builder.Services.AddSingleton<PeerPageInfoType<Risk>>();
        builder.Services.AddSingleton<EnumerationGraphType<LifecycleStage>>();
        builder.Services.AddSingleton<EnumerationGraphType<RiskStatus>>();
        builder.Services.AddSingleton<EnumerationGraphType<PeerSortDirection>>();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<PeerSchema>()
            .AddGraphTypes(typeof(PeerSchema).Assembly)
            .AddSystemTextJson()
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        var app = builder.Build();
        app.MapPost("/graphql", HandleAsync);
        await app.StartAsync();
        return new PeerServer(app, counter);
    }

    private static async Task HandleAsync(HttpContext context, IDocumentExecuter<PeerSchema> executer, IGraphQLTextSerializer serializer)
    {
        var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request?.Query,
            Variables = request?.Variables,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
        });
        context.Response.ContentType = "application/graphql-response+json";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
