using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>Writes a value read from the store as the GraphQL literal a client would send for it.</summary>
public static class GraphQLLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        bool flag => flag ? "true" : "false",
        int or long or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => "\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"",
        DateTime time => "\"" + DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "\"",
        Guid id => "\"" + id.ToString("D") + "\"",
        Enum member => EnumName(member),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no literal for this type"),
    };

    /// <summary>The GraphQL name of an enum member: <c>WeightedMilestones</c> is <c>WEIGHTED_MILESTONES</c>.</summary>
    public static string EnumName(Enum member)
    {
        var name = member.ToString();
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
