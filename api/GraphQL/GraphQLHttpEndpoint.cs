using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PmoGraph.Api.GraphQL.Ide;
using PmoGraph.Api.GraphQL.PersistedQueries;
using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Api.Telemetry;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// <c>/graphql</c> by the GraphQL-over-HTTP spec: POST with a JSON body, GET for queries only, GraphiQL for a
/// browser. A request may name a persisted document instead of sending it (<see cref="PersistedDocumentResolver"/>);
/// its document is taken from the plan cache when this operation already passed validation for the caller's role
/// (<see cref="OperationPlanCache"/>). Whatever goes wrong, the client gets a GraphQL error with a code and never an exception's text.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    ISchema schema,
    IDocumentExecuter executer,
    DocumentParser parser,
    OperationPlanCache plans,
    PersistedDocumentResolver persisted,
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    IdempotentExecution idempotent,
    IOptions<GraphQLTransportOptions> options,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private const string GetAndPost = "GET, POST";

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            await DispatchAsync(http);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            // The client hung up (cancelled reads and writes, or a reset connection): nobody is left to answer,
            // and it is not a fault of ours.
            GraphQLTransportLog.ClientAborted(logger);
        }
        catch (Exception ex)
        {
            // The last line of defence: any fault becomes a coded GraphQL error without details; the log has them.
            GraphQLTransportLog.EndpointFailed(logger, ex);
            if (http.Response.HasStarted)
            {
                http.Abort();
                return;
            }

            http.Response.Clear();
            await writer.WriteInternalErrorAsync(http, ResponseMediaTypeOrJson(http));
        }
    }

    private Task DispatchAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            return GetAsync(http);
        }

        if (HttpMethods.IsPost(request.Method))
        {
            return PostAsync(http);
        }

        var error = TransportError.MethodNotAllowed($"{request.Method} is not supported; use POST, or GET for queries.", GetAndPost);
        return writer.WriteAsync(http, error, ResponseMediaTypeOrJson(http));
    }

    private async Task GetAsync(HttpContext http)
    {
        // The same URL answers a browser with GraphiQL and a client with JSON: caches must key on Accept.
        http.Response.Headers.Vary = HeaderNames.Accept;
        var accept = http.Request.Headers.Accept;
        if (options.Value.GraphiQL && !http.Request.Query.ContainsKey("query") && AcceptNegotiation.PrefersHtml(accept))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(GraphiQLPage.Render(http.Request.PathBase.Add(http.Request.Path), http.Request.PathBase.Add(IdeEndpoints.AssetsPath)), http.RequestAborted);
            return;
        }

        if (await NegotiateAsync(http) is not { } mediaType)
        {
            return;
        }

        var read = reader.ReadGet(http.Request);
        await ExecuteAsync(http, read, mediaType, queriesOnly: true);
    }

    private async Task PostAsync(HttpContext http)
    {
        if (await NegotiateAsync(http) is not { } mediaType)
        {
            return;
        }

        var read = await reader.ReadPostAsync(http.Request, http.RequestAborted);
        await ExecuteAsync(http, read, mediaType, queriesOnly: false);
    }

    private async Task ExecuteAsync(HttpContext http, RequestReadResult read, string mediaType, bool queriesOnly)
    {
        if (read.Error is { } error)
        {
            await writer.WriteAsync(http, error, mediaType);
            return;
        }

        using var activity = GraphQLTelemetry.Start();
        var (query, persistedError) = persisted.Resolve(read.Request!);
        if (persistedError is not null)
        {
            GraphQLTelemetry.Refused(activity, persistedError);
            var refused = new ExecutionResult(persistedError);
            await writer.WriteAsync(http, refused, mediaType, PersistedDocumentResolver.StatusCodeFor(persistedError, refused, mediaType));
            return;
        }

        var request = read.Request! with { Query = query };
        var key = new PlanKey(query!, request.OperationName, Caller.RoleOf(http.User) ?? PlanKey.NoRole);
        var plan = plans.Find(key);
        var document = plan?.Document;
        long parsedBytes = 0;
        if (document is null && !parser.TryParse(query!, out document, out var parseError, out parsedBytes))
        {
            GraphQLTelemetry.Refused(activity, parseError);
            var invalid = new ExecutionResult(parseError);
            await writer.WriteAsync(http, invalid, mediaType, GraphQLStatusCodes.For(invalid, mediaType));
            return;
        }

        var operation = OperationSelector.Find(document, request.OperationName);
        plans.LogLookup(key, plan is not null, operation?.Name?.StringValue ?? request.OperationName);
        GraphQLTelemetry.Describe(activity, operation, plan is not null);
        if (queriesOnly && operation is { Operation: not OperationType.Query })
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            await writer.WriteAsync(http, TransportError.MethodNotAllowed($"A {kind} cannot be sent with GET; use POST.", "POST"), mediaType);
            return;
        }

        var prepared = new PreparedRequest(request, document, key, plan ?? new OperationPlan(document, parsedBytes), plan is not null);
        var statements = activity is null ? null : SqlStatementTally.Begin();
        ExecutionResult? result = null;
        if (!queriesOnly && IdempotentExecution.KeyOf(http) is { } idempotencyKey && operation is { Operation: OperationType.Mutation })
        {
            await idempotent.RunAsync(http, idempotencyKey, request, mediaType, async () => result = await RunAsync(http, prepared, mediaType));
        }
        else
        {
            result = await RunAsync(http, prepared, mediaType);
        }

        if (result is not null)
        {
            GraphQLTelemetry.Complete(activity, result, statements?.Value ?? 0);
        }
    }

    private async Task<ExecutionResult> RunAsync(HttpContext http, PreparedRequest prepared, string mediaType)
    {
        var request = prepared.Request;
        var options = new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = prepared.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context => MaskAsync(context, http.RequestAborted),
        };
        // The variable values written down exactly (typed), to remember that the rules reading them passed.
        var inputs = prepared.FromCache ? StatementInputs.Describe(request.Variables, OperationPlan.MaxPassedInputLength) : null;
        var inputsPassed = prepared.FromCache && prepared.Plan.HasPassed(inputs);
        if (prepared.FromCache)
        {
            PreparedDocuments.Mark(options, prepared.Document, inputsPassed, inputsPassed ? prepared.Plan.Validated(inputs) : null);
        }

        var result = await executer.ExecuteAsync(options);
        if (result.Data is null && result.Errors?.Any(e => e is InvalidOperationError) == true)
        {
            // GraphQL.NET finds that the schema lacks the operation's type (a mutation while there is no Mutation
            // type) once execution has begun, and answers "data": null. It is a request error: no data entry.
            result.Executed = false;
        }

        if (!prepared.FromCache && result.Executed)
        {
            // Executed means every validation rule passed for this document, operation and role.
            plans.Store(prepared.Key, prepared.Plan);
        }
        else if (prepared.FromCache && result.Executed)
        {
            // Passed again without its validation result (one too large to keep was not): nothing is noted twice.
            prepared.Plan.NotePassed(inputs, PreparedDocuments.Validation(options));
        }

        await writer.WriteAsync(http, result, mediaType, GraphQLStatusCodes.For(result, mediaType));
        return result;
    }

    private async Task<string?> NegotiateAsync(HttpContext http)
    {
        if (AcceptNegotiation.ResponseMediaType(http.Request.Headers.Accept) is { } mediaType)
        {
            return mediaType;
        }

        var error = new TransportError(
            StatusCodes.Status406NotAcceptable,
            TransportErrorCodes.NotAcceptable,
            $"The Accept header allows neither '{AcceptNegotiation.GraphQLResponseJson}' nor '{AcceptNegotiation.Json}'.");
        await writer.WriteAsync(http, error, AcceptNegotiation.Json);
        return null;
    }

    /// <summary>
    /// Logs an exception a resolver (or GraphQL.NET) did not handle and replaces it with an error that names only
    /// the field, so neither its message nor its stack reaches the client, whatever the error info provider exposes.
    /// </summary>
    private Task MaskAsync(UnhandledExceptionContext context, CancellationToken requestAborted)
    {
        if (context.OriginalException is OperationCanceledException && requestAborted.IsCancellationRequested)
        {
            return Task.CompletedTask;
        }

        string message;
        if (context.FieldContext is { CancellationToken.IsCancellationRequested: true } cancelled)
        {
            // The execution timeout fired and the store stopped the statement (SQLite reports an interrupt, not a
            // cancellation): the answer is the timeout's, given by the limits; it is not a fault to log.
            message = $"Resolving '{string.Join('.', cancelled.Path)}' was cancelled.";
        }
        else if (context.FieldContext is { } field)
        {
            var path = string.Join('.', field.Path);
            GraphQLTransportLog.ResolverFailed(logger, path, context.OriginalException);
            message = $"An unexpected error occurred resolving '{path}'.";
        }
        else
        {
            GraphQLTransportLog.ExecutionFailed(logger, context.OriginalException);
            message = "An unexpected error occurred executing the request.";
        }

        context.Exception = new ExecutionError(message) { Code = TransportErrorCodes.InternalServerError };
        return Task.CompletedTask;
    }

    private static string ResponseMediaTypeOrJson(HttpContext http) =>
        AcceptNegotiation.ResponseMediaType(http.Request.Headers.Accept) ?? AcceptNegotiation.Json;
}
