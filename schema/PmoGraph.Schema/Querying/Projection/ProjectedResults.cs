namespace PmoGraph.Schema.Querying;

/// <summary>
/// The navigations a projection already read, per request (a scoped service): the value of field
/// <c>responseKey</c> on the entity instance the projection built. Navigation resolvers look here first and fall back
/// to their batch loaders for sources that no projection built (mutation payloads, fields it could not project).
/// </summary>
public sealed class ProjectedResults
{
    private readonly Dictionary<object, Dictionary<string, object?>> _values = new(ReferenceEqualityComparer.Instance);

    internal void Add(object source, string responseKey, object? value)
    {
        if (!_values.TryGetValue(source, out var fields))
        {
            fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            _values[source] = fields;
        }

        fields[responseKey] = value;
    }

    internal bool TryGet(object? source, string responseKey, out object? value)
    {
        value = null;
        return source is not null && _values.TryGetValue(source, out var fields) && fields.TryGetValue(responseKey, out value);
    }
}
