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

    public static void Mark(ExecutionOptions options, GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserContext[Key] = document;
    }

    public static bool IsPrepared(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Document is { } document
            && options.UserContext.TryGetValue(Key, out var marked)
            && ReferenceEquals(marked, document);
    }
}
