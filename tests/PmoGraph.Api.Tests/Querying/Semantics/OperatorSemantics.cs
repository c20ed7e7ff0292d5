using System.Collections;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>
/// What each filter operation means, written from the API's documentation and HotChocolate's LINQ semantics, not from
/// the engine: text matching is ordinal; the i- operations compare the simple (invariant) lower-case mapping of both
/// sides, so "É" matches "é" but "ß" does not match "SS"; <c>eq: null</c> matches nulls; a comparison never matches a
/// null; and each negated operation matches exactly the rows its positive operation does not, nulls included.
/// </summary>
public static class OperatorSemantics
{
    /// <summary>Whether a text column holding <paramref name="value"/> matches <c>{ operation: operand }</c>.</summary>
    public static bool Text(string? value, string operation, object? operand) => operation switch
    {
        "eq" => value == (string?)operand,
        "neq" => value != (string?)operand,
        "in" => List(operand).Contains(value),
        "nin" => !List(operand).Contains(value),
        "contains" => value is not null && value.Contains((string)operand!, StringComparison.Ordinal),
        "ncontains" => !Text(value, "contains", operand),
        "startsWith" => value is not null && value.StartsWith((string)operand!, StringComparison.Ordinal),
        "nstartsWith" => !Text(value, "startsWith", operand),
        "endsWith" => value is not null && value.EndsWith((string)operand!, StringComparison.Ordinal),
        "nendsWith" => !Text(value, "endsWith", operand),
        "ieq" => operand is null ? value is null : value is not null && Lower(value) == Lower((string)operand),
        "icontains" => value is not null && Lower(value).Contains(Lower((string)operand!), StringComparison.Ordinal),
        "istartsWith" => value is not null && Lower(value).StartsWith(Lower((string)operand!), StringComparison.Ordinal),
        "iendsWith" => value is not null && Lower(value).EndsWith(Lower((string)operand!), StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "not a string operation"),
    };

    /// <summary>Whether an ordered column holding <paramref name="value"/> matches <c>{ operation: operand }</c>.</summary>
    public static bool Comparable(IComparable? value, string operation, object? operand) => operation switch
    {
        "eq" => Equals(value, operand),
        "neq" => !Equals(value, operand),
        "in" => List(operand).Any(o => Equals(value, o)),
        "nin" => !List(operand).Any(o => Equals(value, o)),
        "gt" => value is not null && value.CompareTo(operand) > 0,
        "gte" => value is not null && value.CompareTo(operand) >= 0,
        "lt" => value is not null && value.CompareTo(operand) < 0,
        "lte" => value is not null && value.CompareTo(operand) <= 0,
        ['n', .. var positive] => !Comparable(value, positive, operand),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "not a comparable operation"),
    };

    private static string Lower(string text) => text.ToLowerInvariant();

    private static List<object?> List(object? operand) => [.. ((IEnumerable)operand!).Cast<object?>()];
}
