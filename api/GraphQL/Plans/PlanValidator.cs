using GraphQL.Validation;

namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>
/// GraphQL.NET's document validator, except for a request whose plan remembers a validation result for its exact
/// variable values (<see cref="OperationPlan.Validated"/>): that result is given again. With every rule already passed
/// for those values, what validation still did on each such request was coerce the variables and parse every field's
/// arguments, a third of a small request's CPU, and both depend only on the document, the operation and the values.
/// Any other request is validated as GraphQL.NET does, and its result kept for its plan to remember once it has run.
/// </summary>
internal sealed class PlanValidator(IDocumentValidator inner) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (PreparedDocuments.RememberedValidation(options.UserContext, options.Document) is { } remembered)
        {
            return Task.FromResult(remembered);
        }

        return ValidatedAsync(inner.ValidateAsync(options), options.UserContext, options.Document);
    }

    private static async Task<IValidationResult> ValidatedAsync(
        Task<IValidationResult> validation, IDictionary<string, object?> userContext, GraphQLParser.AST.GraphQLDocument? document)
    {
        var result = await validation.ConfigureAwait(false);
        if (result.IsValid)
        {
            PreparedDocuments.NoteValidation(userContext, document, result);
        }

        return result;
    }
}
