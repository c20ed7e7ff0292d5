using GraphQL;
using GraphQL.Validation;
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

    // The validation result a request with these exact values had, to be given again (PlanValidator).
    private const string RememberedKey = "PmoGraph.RememberedValidation";

    // This request's own validation result, for its plan to remember once it has run.
    private const string ValidatedKey = "PmoGraph.Validation";

    public static void Mark(ExecutionOptions options, GraphQLDocument document, bool inputsPassed) => Mark(options, document, inputsPassed, null);

    /// <summary>
    /// Marks the request's document as prepared, its inputs as having passed, and <paramref name="remembered"/> as the
    /// validation result to give again for it (only with <paramref name="inputsPassed"/>).
    /// </summary>
    public static void Mark(ExecutionOptions options, GraphQLDocument document, bool inputsPassed, IValidationResult? remembered)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserContext[Key] = document;
        if (inputsPassed)
        {
            options.UserContext[PassedKey] = document;
            if (remembered is not null)
            {
                options.UserContext[RememberedKey] = new Remembered(document, remembered);
            }
        }
    }

    /// <summary>The validation result remembered for this request's document and inputs, or null.</summary>
    public static IValidationResult? RememberedValidation(IDictionary<string, object?> userContext, GraphQLDocument? document) =>
        userContext.TryGetValue(RememberedKey, out var value) && value is Remembered remembered && ReferenceEquals(remembered.Document, document)
            ? remembered.Result
            : null;

    /// <summary>Keeps what validating this request gave, for <see cref="Validation"/>.</summary>
    public static void NoteValidation(IDictionary<string, object?> userContext, GraphQLDocument? document, IValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(userContext);
        if (document is not null)
        {
            userContext[ValidatedKey] = new Remembered(document, result);
        }
    }

    /// <summary>What validating this request's document gave, when it was validated (not given a remembered result).</summary>
    public static IValidationResult? Validation(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UserContext.TryGetValue(ValidatedKey, out var value) && value is Remembered remembered && ReferenceEquals(remembered.Document, options.Document)
            ? remembered.Result
            : null;
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

    private sealed record Remembered(GraphQLDocument Document, IValidationResult Result);
}
