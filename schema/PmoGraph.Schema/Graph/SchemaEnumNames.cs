using System.Collections.Concurrent;
using GraphQL.Types;

namespace PmoGraph.Schema.Graph;

/// <summary>
/// A CLR enum value as the schema spells it (<c>LifecycleStage.Planning</c> is <c>PLANNING</c>), for error fields and
/// messages: a client reads the same word in an error as in the data. The names come from GraphQL.NET's own
/// <see cref="EnumerationGraphType{TEnum}"/>, the naming every enum graph type here uses.
/// </summary>
public static class SchemaEnumNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<object, string>> Names = new();

    /// <summary>The schema's name for <paramref name="value"/>.</summary>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var names = Names.GetOrAdd(value.GetType(), static type =>
        {
            var graphType = (EnumerationGraphType)Activator.CreateInstance(typeof(EnumerationGraphType<>).MakeGenericType(type))!;
            return graphType.Values.ToDictionary(v => v.Value!, v => v.Name);
        });
        return names.TryGetValue(value, out var name) ? name : value.ToString();
    }
}
