using PmoGraph.Api.Security;

namespace PmoGraph.Api.Tests.Introspection;

/// <summary>
/// The introspection guard refuses hostile introspection before execution, with a code, and accepts what is at its
/// bounds; the cases are generated from the introspection fields that lead from a type to more types.
/// </summary>
public sealed class IntrospectionGuardTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    private const string Code = "INTROSPECTION_TOO_COMPLEX";

    /// <summary>The fields of __Type that lead to more types, each with the selection that reaches a __Type below it.</summary>
    private static readonly Dictionary<string, (string Open, string Close)> TypeLists = new()
    {
        ["fields"] = ("fields { type { ", " } }"),
        ["inputFields"] = ("inputFields { type { ", " } }"),
        ["interfaces"] = ("interfaces { ", " }"),
        ["possibleTypes"] = ("possibleTypes { ", " }"),
    };

    /// <summary>Every introspection list, each with the selection that leads to it and a leaf it can select.</summary>
    private static readonly Dictionary<string, (string Parent, string Open, string Leaf, string Close)> Lists = new()
    {
        ["types"] = ("__Schema", "__schema { ", "name", " }"),
        ["directives"] = ("__Schema", "__schema { ", "name", " }"),
        ["locations"] = ("__Directive", "__schema { directives { ", "", " } }"),
        ["args"] = ("__Directive", "__schema { directives { ", "name", " } }"),
        ["fields"] = ("__Type", "__schema { types { ", "name", " } }"),
        ["inputFields"] = ("__Type", "__schema { types { ", "name", " } }"),
        ["interfaces"] = ("__Type", "__schema { types { ", "name", " } }"),
        ["possibleTypes"] = ("__Type", "__schema { types { ", "name", " } }"),
        ["enumValues"] = ("__Type", "__schema { types { ", "name", " } }"),
    };

    private static int MaxOfTypeDepth => new LimitOptions().MaxIntrospectionOfTypeDepth;

    public static TheoryData<string, string> Cycles()
    {
        var cases = new TheoryData<string, string>();
        foreach (var first in TypeLists.Keys)
        {
            foreach (var second in TypeLists.Keys)
            {
                cases.Add(first, second);
            }
        }

        return cases;
    }

    public static TheoryData<string> ListNames() => [.. Lists.Keys];

    [Fact]
    public async Task OfType_AtTheLimit_Accepted_PastIt_Refused()
    {
        var client = api.CreateClient();

        var atLimit = await client.QueryAsync($"{{ __type(name: \"Project\") {{ fields {{ type {{ {OfType(MaxOfTypeDepth)} }} }} }} }}");
        var past = await client.QueryAsync($"{{ __type(name: \"Project\") {{ fields {{ type {{ {OfType(MaxOfTypeDepth + 1)} }} }} }} }}");
        var pastAtTheRoot = await client.QueryAsync($"{{ __schema {{ types {{ {OfType(MaxOfTypeDepth + 1)} }} }} }}");

        Assert.False(atLimit.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal([Code], past.ErrorCodes());
        Assert.Equal([Code], pastAtTheRoot.ErrorCodes());
        Assert.False(past.TryGetProperty("data", out _), "refused before execution");
    }

    [Theory]
    [MemberData(nameof(Cycles))]
    public async Task TypeList_BelowAnotherTypeList_IsRefused_Alone_IsAnswered(string first, string second)
    {
        var client = api.CreateClient();
        var (open, close) = TypeLists[first];

        var once = await client.QueryAsync($"{{ __type(name: \"Project\") {{ {open}name{close} }} }}");
        var cycle = await client.QueryAsync($"{{ __type(name: \"Project\") {{ {open}{second} {{ name }}{close} }} }}");
        var cycleFromSchema = await client.QueryAsync($"{{ __schema {{ types {{ {open}{second} {{ name }}{close} }} }} }}");
        var cycleThroughArgs = await client.QueryAsync($"{{ __schema {{ types {{ {open}name{close} fields {{ args {{ type {{ {second} {{ name }} }} }} }} }} }} }}");

        Assert.False(once.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal([Code], cycle.ErrorCodes());
        Assert.Equal([Code], cycleFromSchema.ErrorCodes());
        Assert.Equal([Code], cycleThroughArgs.ErrorCodes());
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public async Task List_UnderTwoNames_IsRefused_UnderOne_IsAnswered(string list)
    {
        var client = api.CreateClient();
        var (parent, open, leaf, close) = Lists[list];
        var selection = leaf.Length == 0 ? string.Empty : $" {{ {leaf} }}";

        var once = await client.QueryAsync($"{{ {open}{list}{selection} {list}{selection}{close} }}");
        var twice = await client.QueryAsync($"{{ {open}a: {list}{selection} b: {list}{selection}{close} }}");
        var throughFragments = await client.QueryAsync(
            $"{{ {open}...A ...B{close} }} fragment A on {parent} {{ a: {list}{selection} }} fragment B on {parent} {{ {list}{selection} }}");

        Assert.False(once.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal([Code], twice.ErrorCodes());
        Assert.Equal([Code], throughFragments.ErrorCodes());
    }

    [Fact]
    public async Task Schema_UnderManyAliases_IsRefused()
    {
        var client = api.CreateClient();
        var aliases = string.Join(' ', Enumerable.Range(0, 12).Select(i => $"s{i}: __schema {{ types {{ name }} }}"));

        var refused = await client.QueryAsync($"{{ {aliases} }}");
        var throughInlineFragments = await client.QueryAsync("{ a: __schema { types { name } } ... on Query { b: __schema { types { name } } } }");

        Assert.Equal([Code], refused.ErrorCodes());
        Assert.Equal([Code], throughInlineFragments.ErrorCodes());
    }

    /// <summary>A chain of <paramref name="levels"/> nested ofType selections.</summary>
    private static string OfType(int levels) =>
        string.Concat(Enumerable.Repeat("ofType { ", levels)) + "name" + string.Concat(Enumerable.Repeat(" }", levels));
}
