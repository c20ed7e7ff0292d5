using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace PmoGraph.Api.Security;

/// <summary>
/// The depth and cost limits, on the data an operation reads: its introspection fields are left out, as
/// <see cref="IntrospectionGuard"/> bounds them instead (the standard introspection query is deeper and, priced as data,
/// costlier than any data limit should allow).
/// </summary>
internal sealed class DataComplexityRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    protected override async ValueTask<(double TotalComplexity, int MaximumDepth)> CalculateComplexityAsync(ValidationContext context)
    {
        if (context.Schema.Query is not { } query
            || IntrospectionSelections.WithoutIntrospection(context.Document, context.Operation, query.Name) is not var (document, operation))
        {
            return await base.CalculateComplexityAsync(context).ConfigureAwait(false);
        }

        // The engine's own analysis, run over the document without them; every other node is the one validated, so the
        // arguments and variables it reads for a data field are the same.
        var (original, selected) = (context.Document, context.Operation);
        context.Document = document;
        context.Operation = operation;
        try
        {
            return await base.CalculateComplexityAsync(context).ConfigureAwait(false);
        }
        finally
        {
            context.Document = original;
            context.Operation = selected;
        }
    }
}
