using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>
/// A root connection's <c>totalCount</c> is counted in the page's own statement: one round trip, whatever the cursor,
/// the direction, the filter or the nesting, and the count is that of the stored rows matching the filter.
/// </summary>
public sealed class RootTotalCountTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string?> Cases() => new()
    {
        { "first: 5", null },
        { "last: 5", null },
        { "first: 5, where: { stage: { eq: EXECUTING } }", "EXECUTING" },
        { "first: 5, where: { code: { eq: \"NO-SUCH-CODE\" } }", "none" },
        { "first: 0", null },
        { "first: 3, after: AFTER", null },
        { "last: 3, before: BEFORE", null },
        { "first: 3, after: AFTER, where: { stage: { eq: EXECUTING } }", "EXECUTING" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RootTotalCount_IsCountedInThePagesStatement(string arguments, string? stage)
    {
        var cursors = (await _client.DataAsync("{ projects(first: 10) { edges { cursor } } }"))
            .GetProperty("projects").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()!).ToList();
        arguments = arguments.Replace("AFTER", $"\"{cursors[2]}\"", StringComparison.Ordinal).Replace("BEFORE", $"\"{cursors[8]}\"", StringComparison.Ordinal);
        var query = $"{{ projects({arguments}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ code program {{ name }} risks(first: 2) {{ totalCount nodes {{ title }} }} milestones(first: 2) {{ nodes {{ name }} }} }} }} }}";
        await _client.DataAsync(query);

        factory.SqlCommands.Reset();
        var projects = (await _client.DataAsync(query)).GetProperty("projects");

        Assert.Single(factory.SqlCommands.Texts);
        await using var db = new PmoDbContext(factory.Database.ContextOptions());
        var expected = stage switch
        {
            null => await db.Set<Project>().CountAsync(),
            "none" => 0,
            _ => await db.Set<Project>().CountAsync(p => p.Stage == LifecycleStage.Executing),
        };
        Assert.Equal(expected, projects.GetProperty("totalCount").GetInt32());
    }
}
