using System.Collections;
using System.Globalization;
using System.Text;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// A random <c>ProjectFilterInput</c> over project ids (and/or nesting of random width and depth, leaves on <c>id</c>),
/// with its own evaluation over an id and its own count of nodes, as README's <c>Filtering:MaxNodes</c> defines them.
/// </summary>
internal sealed class RandomFilter
{
    private readonly Random _random;

    private RandomFilter(Random random) => _random = random;

    /// <summary>A filter of roughly <paramref name="budget"/> nodes, nested at most <paramref name="depth"/> levels.</summary>
    public static Dictionary<string, object?> Generate(Random random, int budget, int depth)
    {
        var generator = new RandomFilter(random);
        var items = new List<object?>();
        while (budget > 0)
        {
            budget--;
            items.Add(generator.Node(depth, ref budget));
        }

        return new Dictionary<string, object?> { ["and"] = items };
    }

    /// <summary>Every field set in an input object and every object in a list; an id list counts once.</summary>
    public static int Nodes(object? value) => value switch
    {
        IDictionary<string, object?> fields => fields.Values.Where(v => v is not null).Sum(v => 1 + Nodes(v)),
        IList items => items.Cast<object?>().Sum(i => i is IDictionary<string, object?> or null ? 1 + Nodes(i) : 0),
        _ => 0,
    };

    /// <summary>Whether project <paramref name="id"/> matches, by HotChocolate's rules (an empty and/or sets no condition).</summary>
    public static bool Matches(IDictionary<string, object?> filter, int id) => filter.All(field => field.Key switch
    {
        "and" => Objects(field.Value).All(f => Matches(f, id)),
        "or" => Objects(field.Value) is var any && (any.Count == 0 || any.Any(f => Matches(f, id))),
        "id" => ((IDictionary<string, object?>)field.Value!).All(op => op.Key switch
        {
            "eq" => id == (int)op.Value!,
            "neq" => id != (int)op.Value!,
            "gt" => id > (int)op.Value!,
            "lte" => id <= (int)op.Value!,
            "in" => ((List<object?>)op.Value!).Contains(id),
            _ => throw new InvalidOperationException(op.Key),
        }),
        _ => throw new InvalidOperationException(field.Key),
    });

    /// <summary>The value as a GraphQL literal.</summary>
    public static string Literal(object? value) => value switch
    {
        IDictionary<string, object?> fields => "{" + string.Join(", ", fields.Select(f => f.Key + ": " + Literal(f.Value))) + "}",
        IList items => "[" + string.Join(", ", items.Cast<object?>().Select(Literal)) + "]",
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException(value?.GetType().Name),
    };

    /// <summary>A filter nested <paramref name="depth"/> levels, alternating and/or around one condition.</summary>
    public static Dictionary<string, object?> Nested(int depth, Dictionary<string, object?> inner)
    {
        var filter = inner;
        for (var level = 0; level < depth; level++)
        {
            filter = new Dictionary<string, object?> { [level % 2 == 0 ? "and" : "or"] = new List<object?> { filter } };
        }

        return filter;
    }

    public static Dictionary<string, object?> Id(string operation, object value) =>
        new() { ["id"] = new Dictionary<string, object?> { [operation] = value } };

    /// <summary>A short description for assertion messages.</summary>
    public static string Describe(object? value)
    {
        var text = new StringBuilder(Literal(value));
        return text.Length > 300 ? text.ToString(0, 300) + "..." : text.ToString();
    }

    private static List<IDictionary<string, object?>> Objects(object? value) =>
        [.. ((IList)value!).Cast<IDictionary<string, object?>>()];

    private Dictionary<string, object?> Node(int depth, ref int budget)
    {
        if (depth == 0 || budget < 4 || _random.Next(3) == 0)
        {
            return Leaf(ref budget);
        }

        budget--;
        var items = new List<object?>();
        var width = _random.Next(0, 6);
        for (var i = 0; i < width && budget > 0; i++)
        {
            budget--;
            items.Add(Node(depth - 1, ref budget));
        }

        var node = new Dictionary<string, object?> { [_random.Next(2) == 0 ? "and" : "or"] = items };
        if (_random.Next(4) == 0 && budget > 2)
        {
            // A condition beside the list: both must hold.
            foreach (var (name, value) in Leaf(ref budget))
            {
                node[name] = value;
            }
        }

        return node;
    }

    private Dictionary<string, object?> Leaf(ref int budget)
    {
        var at = _random.Next(0, 70);
        switch (_random.Next(6))
        {
            case 0:
                budget -= 3;
                return new() { ["id"] = new Dictionary<string, object?> { ["gt"] = at, ["lte"] = at + _random.Next(1, 30) } };
            case 1:
                budget -= 2;
                return Id("in", Enumerable.Range(0, _random.Next(0, 8)).Select(_ => (object?)_random.Next(0, 70)).ToList());
            case 2:
                budget -= 2;
                return Id("neq", at);
            case 3:
                return []; // an empty object sets no condition
            default:
                budget -= 2;
                return Id(_random.Next(2) == 0 ? "eq" : "lte", at);
        }
    }
}
