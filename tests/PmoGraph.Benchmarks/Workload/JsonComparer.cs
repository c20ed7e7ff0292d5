using System.Globalization;
using System.Text.Json;

namespace PmoGraph.Benchmarks.Workload;

/// <summary>
/// Compares two JSON documents as values: same members (order aside), same array order, same strings, numbers equal
/// as decimals (a relative 1e-9 for a float the floor sums in SQL). Returns the path of the first difference, or null.
/// </summary>
internal static class JsonComparer
{
    public static string? FirstDifference(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        return Compare(left.RootElement, right.RootElement, "$");
    }

    private static string? Compare(JsonElement left, JsonElement right, string path)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return $"{path}: {Show(left)} vs {Show(right)}";
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var rightMembers = right.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                var leftCount = 0;
                foreach (var member in left.EnumerateObject())
                {
                    leftCount++;
                    if (!rightMembers.TryGetValue(member.Name, out var other))
                    {
                        return $"{path}.{member.Name}: missing on the right";
                    }

                    if (Compare(member.Value, other, $"{path}.{member.Name}") is { } difference)
                    {
                        return difference;
                    }
                }

                return leftCount == rightMembers.Count ? null : $"{path}: the right has members the left has not";
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return $"{path}: {left.GetArrayLength()} items vs {right.GetArrayLength()}";
                }

                var index = 0;
                foreach (var (l, r) in left.EnumerateArray().Zip(right.EnumerateArray()))
                {
                    if (Compare(l, r, $"{path}[{index++}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return NumbersEqual(left, right) ? null : $"{path}: {left.GetRawText()} vs {right.GetRawText()}";
            case JsonValueKind.String:
                return string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal) ? null : $"{path}: {Show(left)} vs {Show(right)}";
            default:
                return null;
        }
    }

    private static bool NumbersEqual(JsonElement left, JsonElement right)
    {
        if (left.TryGetDecimal(out var l) && right.TryGetDecimal(out var r) && l == r)
        {
            return true;
        }

        var a = left.GetDouble();
        var b = right.GetDouble();
        return Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    private static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..80]}...");
    }
}
