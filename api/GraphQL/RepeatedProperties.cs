using System.Text.Json;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// Finds a property name repeated within one JSON object. JSON allows it, but a request that says
/// <c>"n": 1, "n": 2</c> is ambiguous, and GraphQL.NET's variable reader fails on it: it is refused as a bad request.
/// </summary>
internal static class RepeatedProperties
{
    /// <summary>The first repeated name found in <paramref name="element"/> or anything nested in it, else <see langword="null"/>.</summary>
    public static string? Find(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        return property.Name;
                    }

                    if (Find(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
