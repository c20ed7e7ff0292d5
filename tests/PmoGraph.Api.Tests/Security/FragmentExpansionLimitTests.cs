using System.Globalization;
using System.Text;
using PmoGraph.Api.Tests.GraphQL;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// <c>Limits:MaxExpandedFields</c> bounds the fields a document expands to once its fragments are spread, measured
/// before validation (issue 16, finding 3: fragments doubling F0..F40 pinned a core in validation, F30 gave no answer in
/// 120 s). A document past it is refused with <c>MAX_FIELDS_EXCEEDED</c> alone: no validation rule ran. So is one whose
/// fields sharing a response name make more pairs than <c>Limits:MaxFieldComparisons</c> for validation to compare.
/// </summary>
public sealed class FragmentExpansionLimitTests(PmoApiFactory api, ITestOutputHelper output) : IClassFixture<PmoApiFactory>
{
    /// <summary>The shipped default of <c>Limits:MaxExpandedFields</c>.</summary>
    private const int MaxExpandedFields = 2_048;

    [Theory]
    [InlineData(12)]
    [InlineData(22)]
    [InlineData(40)]
    public async Task Fragments_DoublingAtEachLevel_AreRefusedBeforeValidation_AndTheServerStaysUp(int levels)
    {
        var client = api.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(3); // on a server without the bound, F40 never answers
        var document = new StringBuilder("query { project(id: 1) { ...F").Append(levels).Append(" } }\nfragment F0 on Project { id name }\n");
        for (var level = 1; level <= levels; level++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{level} on Project {{ ...F{level - 1} ...F{level - 1} }}\n");
        }

        var refused = await client.PostGraphQLAsync(GraphQLHttp.Request(document.ToString()), GraphQLHttp.GraphQLResponseJson);
        var after = await client.DataAsync("{ project(id: 1) { id } }");

        var body = await refused.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["MAX_FIELDS_EXCEEDED"], System.Text.Json.JsonDocument.Parse(body).RootElement.ErrorCodes());
        Assert.Equal(1, after.GetProperty("project").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Fragments_ChainedThousandsDeep_AreRefused_NotAStackOverflow()
    {
        // 20,000 fragments each spreading the previous one: a small expansion per level, but deeper than any recursive
        // walk over spreads can go. The spreads count as selections, so the chain is past the bound.
        var client = api.CreateClient();
        var document = new StringBuilder("query { project(id: 1) { ...F20000 } }\nfragment F0 on Project { id }\n");
        for (var level = 1; level <= 20_000; level++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{level} on Project {{ ...F{level - 1} }}\n");
        }

        var refused = await client.QueryAsync(document.ToString());
        var after = await client.DataAsync("{ project(id: 1) { id } }");

        Assert.Equal(["MAX_FIELDS_EXCEEDED"], refused.ErrorCodes());
        Assert.Equal(1, after.GetProperty("project").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Fragments_RandomSpreadGraphs_AreRefusedExactlyWhenTheirExpansionIsPastTheBound()
    {
        var seed = TestSeed.From("PMOGRAPH_TEST_SEED", output);
        var random = new Random(seed);
        var client = api.CreateClient();
        string[] fields = ["id", "name", "code", "description"];
        for (var i = 0; i < 30; i++)
        {
            // Fragment k spreads fragment k-1 (so every fragment is used) and up to two more earlier ones, any number
            // of times, beside a few fields, some inside an inline fragment.
            var count = random.Next(1, 12);
            var document = new StringBuilder();
            var sizes = new long[count];
            for (var k = 0; k < count; k++)
            {
                var body = new StringBuilder();
                var size = 0L;
                foreach (var field in fields.Take(random.Next(1, fields.Length + 1)))
                {
                    body.Append(field).Append(' ');
                    size++;
                }

                if (random.Next(3) == 0)
                {
                    body.Append("... on Project { id } ");
                    size += 2;
                }

                var spreads = k == 0 ? [] : new List<int> { k - 1 }.Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(0, k)));
                foreach (var spread in spreads)
                {
                    body.Append(CultureInfo.InvariantCulture, $"...F{spread} ");
                    size += 1 + sizes[spread];
                }

                sizes[k] = size;
                document.Append(CultureInfo.InvariantCulture, $"fragment F{k} on Project {{ {body}}}\n");
            }

            // The operation's own two selections and its fragment's, then every fragment definition's.
            var expanded = 2 + sizes[count - 1] + sizes.Sum();
            var query = $"query {{ project(id: 1) {{ ...F{count - 1} }} }}\n{document}";
            var because = $"seed {seed}, case {i}: {expanded} fields\n{query}";

            var response = await client.QueryAsync(query);

            if (expanded > MaxExpandedFields)
            {
                Assert.True(response.TryGetProperty("errors", out _), because);
                Assert.Equal(["MAX_FIELDS_EXCEEDED"], response.ErrorCodes());
            }
            else
            {
                Assert.False(response.TryGetProperty("errors", out var errors), because + "\n" + errors);
                Assert.Equal(1, response.GetProperty("data").GetProperty("project").GetProperty("id").GetInt32());
            }
        }
    }

    [Fact]
    public async Task Fields_SharingAResponseNameInConflict_PastTheComparisonBound_AreRefusedBeforeValidation()
    {
        // 6 KB: 2,000 fields answering to "id", half of them name. Validation compared every pair and made a quarter
        // of a million errors, far past the execution timeout.
        var client = api.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(3);
        var conflicting = "{ project(id: 1) { " + string.Concat(Enumerable.Range(0, 2_000).Select(i => i % 2 == 0 ? "id: name " : "id ")) + "} }";

        var refused = await client.QueryAsync(conflicting);
        var after = await client.DataAsync("{ project(id: 1) { id } }");

        Assert.Equal(["MAX_FIELD_COMPARISONS_EXCEEDED"], refused.ErrorCodes());
        Assert.Equal(1, after.GetProperty("project").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Fields_SharingAResponseName_RandomlyThroughFragments_AreRefusedExactlyPastTheComparisonBound()
    {
        var seed = TestSeed.From("PMOGRAPH_TEST_SEED", output);
        var random = new Random(seed);
        var client = api.CreateClient();
        string[] kinds = ["id", "id: name", "name", "code"];
        for (var i = 0; i < 20; i++)
        {
            // Each field sits in the operation, in an inline fragment, or in a fragment of its own; all answer to
            // "id", "name" or "code", and "id: name" conflicts with "id".
            var picked = Enumerable.Range(0, random.Next(1, 220)).Select(_ => kinds[random.Next(random.Next(2) == 0 ? 2 : kinds.Length)]).ToList();
            var selections = new StringBuilder();
            var fragments = new StringBuilder();
            for (var f = 0; f < picked.Count; f++)
            {
                switch (random.Next(3))
                {
                    case 0:
                        selections.Append(picked[f]).Append(' ');
                        break;
                    case 1:
                        selections.Append("... on Project { ").Append(picked[f]).Append(" } ");
                        break;
                    default:
                        selections.Append(CultureInfo.InvariantCulture, $"...F{f} ");
                        fragments.Append(CultureInfo.InvariantCulture, $"fragment F{f} on Project {{ {picked[f]} }}\n");
                        break;
                }
            }

            var pairs = picked.GroupBy(k => k.Split(':')[0]).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
            var conflict = picked.Contains("id") && picked.Contains("id: name");
            var query = $"query {{ project(id: 1) {{ {selections}}} }}\n{fragments}";
            var because = $"seed {seed}, case {i}: {pairs} pairs\n{query}";

            var response = await client.QueryAsync(query);

            if (pairs > 5_000)
            {
                Assert.True(response.TryGetProperty("errors", out _), because);
                Assert.Equal(["MAX_FIELD_COMPARISONS_EXCEEDED"], response.ErrorCodes());
            }
            else if (conflict)
            {
                Assert.True(response.TryGetProperty("errors", out _), because);
                Assert.DoesNotContain("MAX_FIELD_COMPARISONS_EXCEEDED", response.ErrorCodes());
            }
            else
            {
                Assert.False(response.TryGetProperty("errors", out var errors), because + "\n" + errors);
                Assert.Equal(1, response.GetProperty("data").GetProperty("project").GetProperty("id").GetInt32());
            }
        }
    }
}
