using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The query operations' execution strategy, the one place both read paths meet. It runs after every validation
/// rule (limits, the caller's sensitive fields, cost), so the compiled path answers only what the executor would
/// have been allowed to; the rows come from the same <see cref="ReadableRows"/>, so the same row rules. An operation
/// the compiled path does not cover, or a request of it it cannot answer exactly (a null in a non-null field, a
/// cursor over a reference's column), runs on the serial executor as before.
/// </summary>
public sealed partial class CompiledReadStrategy : SerialExecutionStrategy
{
    /// <summary>The meter of <c>pmograph.graphql.compiled_reads</c> (<c>result</c>: compiled, executor, mismatch).</summary>
    public const string MeterName = "PmoGraph.Querying";

    /// <summary>The error code a difference between the two paths is reported with in differential mode.</summary>
    public const string MismatchCode = "COMPILED_READ_MISMATCH";

    /// <summary>Opens every statement of the compiled path, as EF Core's query tags do, so logs show which path ran.</summary>
    public const string CompiledTag = "/* pmograph:compiled */ ";

    /// <summary>
    /// Opens the compiled path's statements in differential mode: a check beside the request, not its work, which
    /// statement counters leave out.
    /// </summary>
    public const string DifferentialTag = "/* pmograph:differential */ ";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Reads = Meter.CreateCounter<long>("pmograph.graphql.compiled_reads", description: "Query operations by the path that answered them.");

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mode = context.RequestServices?.GetService<IOptions<CompiledReadOptions>>()?.Value.Mode ?? CompiledReadMode.Off;
        var plan = mode == CompiledReadMode.Off || context.Operation.Operation != OperationType.Query
            ? null
            : ReadPlanCompiler.For(context.Schema, context.Document, context.Operation);
        if (plan is null)
        {
            Count("executor");
            return await base.ExecuteAsync(context).ConfigureAwait(false);
        }

        CompiledObject? compiled = null;
        Exception? failure = null;
        try
        {
            compiled = await ReadPlanExecutor.RunAsync(plan, context, mode == CompiledReadMode.Differential ? DifferentialTag : CompiledTag).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NotCompilableException or ExecutionError)
        {
            // Not this path's to answer, or the client's input is wrong: the executor answers, with its error.
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            failure = ex;
            Log.CompiledReadFailed(Logger(context), context.Operation.Name?.StringValue, ex);
        }

        if (mode == CompiledReadMode.On && compiled is not null)
        {
            Count("compiled");
            return new ExecutionResult
            {
                Executed = true,
                Data = compiled,
                Document = context.Document,
                Operation = context.Operation,
                Extensions = context.OutputExtensions,
            };
        }

        Count("executor");
        var result = await base.ExecuteAsync(context).ConfigureAwait(false);
        if (mode == CompiledReadMode.Differential && (compiled is not null || failure is not null))
        {
            Compare(context, result, compiled, failure);
        }

        return result;
    }

    /// <summary>Differential mode: the executor's answer stands; a difference in the JSON both paths write is an error on it.</summary>
    private static void Compare(ExecutionContext context, ExecutionResult result, CompiledObject? compiled, Exception? failure)
    {
        if (failure is not null && context.Errors.Count > 0)
        {
            // Both paths failed (a store fault, a timeout): the executor's error is the answer.
            return;
        }

        var serializer = context.RequestServices!.GetRequiredService<IGraphQLTextSerializer>();
        // The executor's errors are the context's until the document executer moves them to the result.
        var expected = context.Errors.Count > 0
            ? "errors: " + string.Join("; ", context.Errors.Select(e => e.Code + " " + e.Message))
            : serializer.Serialize(new ExecutionResult { Executed = true, Data = result.Data });
        var actual = failure is not null
            ? "failure: " + failure.GetType().Name
            : serializer.Serialize(new ExecutionResult { Executed = true, Data = compiled });
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        Count("mismatch");
        Log.Mismatch(Logger(context), context.Operation.Name?.StringValue, expected, actual);
        result.AddError(new ExecutionError($"The compiled read path answered differently. Executor: {expected} Compiled: {actual}") { Code = MismatchCode });
    }

    private static void Count(string result) => Reads.Add(1, new KeyValuePair<string, object?>("result", result));

    private static ILogger Logger(ExecutionContext context) =>
        (ILogger?)context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger<CompiledReadStrategy>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private static partial class Log
    {
        [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The compiled read path failed on operation {Operation}; the executor answered it.")]
        public static partial void CompiledReadFailed(ILogger logger, string? operation, Exception exception);

        [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "The compiled read path answered operation {Operation} differently. Executor: {Expected} Compiled: {Actual}")]
        public static partial void Mismatch(ILogger logger, string? operation, string expected, string actual);
    }
}
