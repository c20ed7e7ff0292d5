using GraphQL.Builders;
using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Declares what a field with a custom resolver reads from its source entity, so projections fetch only those
/// columns. A field that declares nothing makes its type read every column (always correct, only wider).
/// </summary>
public static class ProjectionFieldExtensions
{
    /// <summary>The resolver reads <paramref name="properties"/> of the source entity besides its id.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] properties)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Reads(properties);
        return field;
    }

    /// <summary>The resolver reads <paramref name="properties"/> of the source entity besides its id.</summary>
    public static FieldType Reads(this FieldType field, params string[] properties)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[ProjectionMetadata.ReadsKey] = properties;
        return field;
    }
}
