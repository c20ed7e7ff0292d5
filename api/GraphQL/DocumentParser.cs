using System.Diagnostics.CodeAnalysis;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// Parses a request's document with GraphQL.NET's builder (its options, its <c>SYNTAX_ERROR</c>), ahead of execution
/// so the transport can see the operation type. A document that does not parse is a coded GraphQL error.
/// </summary>
internal sealed class DocumentParser(IDocumentBuilder builder)
{
    public bool TryParse(string query, [NotNullWhen(true)] out GraphQLDocument? document, [NotNullWhen(false)] out ExecutionError? error) =>
        TryParse(query, out document, out error, out _);

    /// <summary>Parses <paramref name="query"/>, measuring what the syntax tree cost to build: about what keeping it costs.</summary>
    public bool TryParse(string query, [NotNullWhen(true)] out GraphQLDocument? document, [NotNullWhen(false)] out ExecutionError? error, out long allocatedBytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        allocatedBytes = 0;
        try
        {
            document = builder.Build(query);
            allocatedBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            error = null;
            return true;
        }
        catch (SyntaxError syntaxError)
        {
            document = null;
            error = syntaxError;
            return false;
        }
        catch (GraphQLMaxDepthExceededException ex)
        {
            // The builder converts only GraphQLSyntaxErrorException; this sibling would otherwise surface as a 500.
            document = null;
            error = new ExecutionError("The document is nested more deeply than the parser allows.") { Code = TransportErrorCodes.MaxDepthExceeded };
            error.AddLocation(ex.Location);
            return false;
        }
    }
}
