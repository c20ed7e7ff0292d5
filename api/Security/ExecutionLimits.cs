using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Security;

/// <summary>
/// Applies the limits and the field rules to every GraphQL execution: the fields the document expands to (before
/// validation), depth and cost of the data read, the introspection guard, aliases and root fields,
/// the viewer's sensitive fields, introspection where it is off (a document from the plan cache skips the checks
/// that depend on the document alone, see <see cref="PreparedDocuments"/>), and a timeout that cancels the database command
/// through the execution's cancellation token.
/// </summary>
internal sealed partial class ExecutionLimits(IOptions<LimitOptions> limits, IDocumentBuilder builder, IOptions<PagingOptions> paging, IOptions<FilteringOptions> filtering, IHostEnvironment environment, ILogger<ExecutionLimits> logger) : IConfigureExecution
{
    private const string SuggestionMarker = " Did you mean";

    public float SortOrder => 100;

    public bool IntrospectionEnabled => limits.Value.Introspection ?? environment.IsDevelopment();

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (SubscriptionWithoutRoot(options))
        {
            // GraphQL.NET's complexity rule fails on an operation whose root type the schema lacks; answer as the
            // engine does without it, before any rule runs.
            return new ExecutionResult(new InvalidOperationError("Schema is not configured for subscriptions.")) { Executed = false };
        }

        var limit = limits.Value;
        var prepared = PreparedDocuments.IsPrepared(options);
        if (!prepared && Document(options) is { } document && DocumentExpansion.Selections(document, limit.MaxExpandedFields) > limit.MaxExpandedFields)
        {
            // Validation expands every fragment spread, and some of its rules compare the expanded fields pairwise: a
            // document past the bound is refused before any rule runs, so no text within the body limit can keep a
            // core busy there.
            var tooLarge = new ExecutionError($"The document expands to more than {limit.MaxExpandedFields} fields once its fragments are spread.")
            {
                Code = SecurityErrorCodes.TooManyFields,
            };
            return new ExecutionResult(tooLarge) { Executed = false };
        }

        if (!prepared && options.Document is { } bounded && FieldMergeCount.Pairs(bounded, limit.MaxFieldComparisons, limit.MaxExpandedFields) is var pairs
            && pairs > limit.MaxFieldComparisons)
        {
            // Past the expansion bound only through fragments spreading one another in a cycle (pairs is then MaxValue).
            var tooMany = pairs == long.MaxValue
                ? new ExecutionError($"The document expands to more than {limit.MaxExpandedFields} fields once its fragments are spread.") { Code = SecurityErrorCodes.TooManyFields }
                : new ExecutionError($"The document asks validation to compare more than {limit.MaxFieldComparisons} pairs of fields sharing a response name.")
                {
                    Code = SecurityErrorCodes.TooManyFieldComparisons,
                };
            return new ExecutionResult(tooMany) { Executed = false };
        }

        var complexity = new ComplexityOptions
        {
            MaxDepth = limit.MaxDepth,
            MaxComplexity = limit.MaxCost,
            DefaultListImpactMultiplier = paging.Value.DefaultPageSize,
        };
        // A prepared document passed every rule for this operation and role; only the rules that read the request
        // (variable values, the caller's role) run again, unless a request with the very same values passed them for
        // this plan: no value a client sends can pass because another value did.
        options.ValidationRules = PreparedDocuments.InputsPassed(options)
            ? []
            : prepared
            ? [
                new QueryArgumentsRule(paging.Value, filtering.Value),
                SensitiveFieldRule.Instance,
                new DataComplexityRule(complexity),
            ]
            : [
                .. options.ValidationRules ?? DocumentValidator.CoreRules,
                new QueryArgumentsRule(paging.Value, filtering.Value),
                new OperationShapeRule(limit.MaxAliases, limit.MaxRootFields, IntrospectionEnabled),
                SensitiveFieldRule.Instance,
                new DataComplexityRule(complexity),
                new IntrospectionGuard(limit.MaxIntrospectionOfTypeDepth, limit.MaxIntrospectionTypeLists),
            ];
        // The execution's token is the one every resolver hands to EF Core: cancelling it cancels the database command.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(limit.ExecutionTimeoutSeconds));
        var requestAborted = options.CancellationToken;
        options.CancellationToken = timeout.Token;

        ExecutionResult result;
        try
        {
            result = await next(options).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            // An error line: the log appends the trace id the client is given, so the two can be matched.
            LogTimeout(logger, OperationNameOf(options), limit.ExecutionTimeoutSeconds);
            return new ExecutionResult(new ExecutionError($"The request ran longer than {limit.ExecutionTimeoutSeconds} seconds and was cancelled.")
            {
                Code = SecurityErrorCodes.Timeout,
            });
        }

        if (timeout.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            // A resolver's cancelled query may surface as a field error; the whole request timed out.
            LogTimeout(logger, OperationNameOf(options), limit.ExecutionTimeoutSeconds);
            return new ExecutionResult(new ExecutionError($"The request ran longer than {limit.ExecutionTimeoutSeconds} seconds and was cancelled.")
            {
                Code = SecurityErrorCodes.Timeout,
            });
        }

        if (result.Errors is { } errors)
        {
            // A page past the maximum (or negative) is the answer, whatever limit the same document also breaks:
            // its cost was counted with the page the client asked for, which it will never get.
            var pageError = errors.Any(e => e.Code is { } code && QueryArgumentsRule.PageCodes.Contains(code));
            var recoded = new ExecutionErrors();
            foreach (var error in errors)
            {
                if (pageError && error.Code is "COMPLEXITY" or SecurityErrorCodes.TooManyAliases or SecurityErrorCodes.TooManyRootFields)
                {
                    continue;
                }

                recoded.Add(Recode(error));
            }

            result.Errors = recoded;
        }

        return result;
    }

    /// <summary>Gives the engine's own limit and timeout errors our codes, and drops field suggestions where introspection is off.</summary>
    private ExecutionError Recode(ExecutionError error)
    {
        if (error.Code is "COMPLEXITY")
        {
            error.Code = SecurityErrorCodes.TooComplex;
        }

        if (IntrospectionEnabled || error.Message.IndexOf(SuggestionMarker, StringComparison.Ordinal) is not (var at and > 0))
        {
            return error;
        }

        // A suggestion names fields the caller did not ask about: as good as introspection.
        var trimmed = new ValidationError(error.Message[..at]) { Code = error.Code };
        foreach (var location in error.Locations ?? [])
        {
            trimmed.AddLocation(location);
        }

        return trimmed;
    }

    /// <summary>The request's parsed document; parsed here when the caller gave only the text (a syntax error is the engine's to report).</summary>
    private GraphQLDocument? Document(ExecutionOptions options)
    {
        if (options.Document is null && options.Query is { } query)
        {
            try
            {
                options.Document = builder.Build(query);
            }
            catch (Exception ex) when (ex is ExecutionError or GraphQLParserException)
            {
                return null;
            }
        }

        return options.Document;
    }

    private static bool SubscriptionWithoutRoot(ExecutionOptions options)
    {
        if (options.Schema is not { Subscription: null } || options.Query is not { } query
            || !query.Contains("subscription", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>()
                .Any(o => o.Operation == GraphQLParser.AST.OperationType.Subscription);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // the engine reports the syntax error itself
        }
    }

    private static string OperationNameOf(ExecutionOptions options) =>
        options.OperationName
        ?? options.Document?.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().FirstOrDefault()?.Name?.StringValue
        ?? "(anonymous)";

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL operation {Operation} ran past the execution timeout of {Seconds} s and was cancelled (EXECUTION_TIMEOUT).")]
    private static partial void LogTimeout(ILogger logger, string operation, int seconds);
}
