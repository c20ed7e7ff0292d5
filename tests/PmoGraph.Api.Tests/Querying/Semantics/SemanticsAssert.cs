namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>Compares what the API returns for a filter with the ids computed in memory.</summary>
public static class SemanticsAssert
{
    /// <summary>The ids <c>collection(where: where)</c> returns over all its pages (pages of 50, following <c>endCursor</c>).</summary>
    public static async Task<List<int>> IdsAsync(this HttpClient client, string collection, string where) =>
        [.. (await client.AllNodesAsync(collection, $"where: {where}", "id")).Select(n => n.GetProperty("id").GetInt32())];

    /// <summary>Asserts the API returns exactly <paramref name="expected"/> (as a set: no row missing, extra or repeated).</summary>
    public static async Task FiltersToAsync(this HttpClient client, string collection, string where, IEnumerable<int> expected)
    {
        var actual = await client.IdsAsync(collection, where);
        var wanted = expected.Order().ToList();

        Assert.True(
            wanted.SequenceEqual(actual.Order()),
            $"{collection}(where: {where}):\n expected [{string.Join(",", wanted)}]\n got      [{string.Join(",", actual.Order())}]");
    }
}
