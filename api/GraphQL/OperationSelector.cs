using GraphQLParser.AST;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// The operation a request selects from its document, found the way GraphQL's <c>GetOperation()</c> finds it,
/// so GET can refuse a mutation (405) before anything is validated or executed.
/// </summary>
internal static class OperationSelector
{
    /// <summary>The selected operation, or <see langword="null"/> when it cannot be determined (GraphQL.NET then reports why).</summary>
    public static GraphQLOperationDefinition? Find(GraphQLDocument document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        GraphQLOperationDefinition? match = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (operationName is not null)
            {
                if (operation.Name == operationName)
                {
                    return operation;
                }
            }
            else if (match is not null)
            {
                return null;
            }
            else
            {
                match = operation;
            }
        }

        return operationName is null ? match : null;
    }
}
