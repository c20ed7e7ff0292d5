using GraphQL;
using GraphQLParser.AST;

namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>
/// Tells the execution limits that a request's document comes from the plan cache, so the rules that depend on the
/// document alone (GraphQL's core rules, shape and size limits) already passed for this document, operation and role
/// and are skipped. The rules that read the request — the variable values (page sizes, filter budgets, the viewer's
/// sensitive inputs, cost) and the caller's role — still run on every request.
/// </summary>
internal static class PreparedDocuments
{
    // The document object itself is the mark: a request carries it only if this very tree was validated.
    private const string Key = "PmoGraph.PreparedDocument";

    // Set when the rules that read the request also passed before, for these exact variable values.
    private const string PassedKey = "PmoGraph.PreparedInputs";

    public static void Mark(ExecutionOptions options, GraphQLDocument document, bool inputsPassed)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserContext[Key] = document;
        if (inputsPassed)
        {
            options.UserContext[PassedKey] = document;
        }
    }

    public static bool IsPrepared(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Document is { } document
            && options.UserContext.TryGetValue(Key, out var marked)
            && ReferenceEquals(marked, document);
    }

    /// <summary>
    /// Whether the request's document is prepared and a request with the same variable values already passed the rules
    /// that read them (<see cref="OperationPlan.HasPassed"/>): for the same document, operation, role and values, those
    /// rules give the same answer, so none runs again; the values are still coerced against their declared types.
    /// </summary>
    public static bool InputsPassed(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsPrepared(options)
            && options.UserContext.TryGetValue(PassedKey, out var marked)
            && ReferenceEquals(marked, options.Document);
    }
}
