using System.Text;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>
/// Pages through many connections at once, as many clients following their own cursors would: each request carries one
/// aliased root field per connection still unfinished, each with its own <c>after</c> (or <c>before</c>) cursor.
/// </summary>
public static class LockstepPager
{
    // Under the default Limits:MaxRootFields (15) and Limits:MaxAliases (30).
    private const int FieldsPerRequest = 12;

    /// <summary>The ids of every row of each <c>collection(arguments)</c>, in the order the pages give them.</summary>
    public static async Task<List<List<int>>> AllIdsAsync(this HttpClient client, IReadOnlyList<(string Collection, string Arguments)> queries, int pageSize, bool backward = false)
    {
        var results = queries.Select(_ => new List<int>()).ToList();
        for (var start = 0; start < queries.Count; start += FieldsPerRequest)
        {
            var batch = Enumerable.Range(start, Math.Min(FieldsPerRequest, queries.Count - start)).ToList();
            var cursors = batch.ToDictionary(i => i, _ => (string?)null);
            var active = batch.ToList();
            while (active.Count > 0)
            {
                var document = new StringBuilder("{");
                foreach (var i in active)
                {
                    var (collection, arguments) = queries[i];
                    var paging = (backward, cursors[i]) switch
                    {
                        (false, null) => $"first: {pageSize}",
                        (false, var after) => $"first: {pageSize}, after: \"{after}\"",
                        (true, null) => $"last: {pageSize}",
                        (true, var before) => $"last: {pageSize}, before: \"{before}\"",
                    };
                    var separator = arguments.Length > 0 ? ", " : "";
                    document.Append($" q{i}: {collection}({paging}{separator}{arguments}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ id }} }}");
                }

                var data = await client.DataAsync(document.Append(" }").ToString());
                foreach (var i in active.ToList())
                {
                    var page = data.GetProperty($"q{i}");
                    var info = page.GetProperty("pageInfo");
                    var ids = page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32());
                    Assert.Equal(cursors[i] is not null, info.GetProperty(backward ? "hasNextPage" : "hasPreviousPage").GetBoolean());
                    if (backward)
                    {
                        results[i].InsertRange(0, ids);
                    }
                    else
                    {
                        results[i].AddRange(ids);
                    }

                    cursors[i] = info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean()
                        ? info.GetProperty(backward ? "startCursor" : "endCursor").GetString()
                        : null;
                    if (cursors[i] is null)
                    {
                        active.Remove(i);
                    }
                }
            }
        }

        return results;
    }

    /// <summary>
    /// Asserts each <c>collection(where: ...)</c> returns exactly its expected ids (as sets: none missing, extra or
    /// repeated), reading all of them in pages of 50, and reports every mismatch at once.
    /// </summary>
    public static async Task FilterToAsync(this HttpClient client, IReadOnlyList<(string Collection, string Where, IEnumerable<int> Expected)> cases)
    {
        var actual = await client.AllIdsAsync([.. cases.Select(c => (c.Collection, $"where: {c.Where}"))], pageSize: 50);
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var wanted = cases[i].Expected.Order().ToList();
            var got = actual[i].Order().ToList();
            if (!wanted.SequenceEqual(got))
            {
                failures.Add($"{cases[i].Collection}(where: {cases[i].Where}):\n expected [{string.Join(",", wanted)}]\n got      [{string.Join(",", got)}]");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
