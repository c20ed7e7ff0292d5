using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace PmoGraph.Schema.Graph;

/// <summary>The schema as SDL, in a stable order, with descriptions: the text checked in as <c>schema/schema.graphql</c>.</summary>
public static class SchemaSdl
{
    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var sdl = schema.Print(new PrintOptions
        {
            IncludeDescriptions = true,
            IncludeDeprecationReasons = true,
            StringComparison = StringComparison.Ordinal,
        });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
