using GraphQL.Builders;
using GraphQL.Types;

namespace PmoGraph.Schema.Authorization;

/// <summary>Marks graph fields a viewer may not read; the host's validation rule refuses a document that selects one.</summary>
public static class SensitiveFieldExtensions
{
    /// <summary>The metadata key under which a field's <see cref="SensitiveData"/> is kept.</summary>
    public const string MetadataKey = "pmo:sensitive";

    public static FieldBuilder<TSource, TReturn> Sensitive<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, SensitiveData kind)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[MetadataKey] = kind;
        return field;
    }

    public static FieldType Sensitive(this FieldType field, SensitiveData kind)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[MetadataKey] = kind;
        return field;
    }

    /// <summary>Marks a whole graph type: every field returning it, and every field of it, is refused to a viewer.</summary>
    public static TType SensitiveType<TType>(this TType type, SensitiveData kind)
        where TType : IMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Metadata[MetadataKey] = kind;
        return type;
    }

    /// <summary>What kind of sensitive data <paramref name="element"/> (a field or a type) holds, or null.</summary>
    public static SensitiveData? SensitivityOf(IProvideMetadata? element) =>
        element is not null && element.Metadata.TryGetValue(MetadataKey, out var kind) && kind is SensitiveData value ? value : null;
}
